const thrown = ['string', 42, null, undefined, { code: 1 }, [1, 2], Symbol('s')]
for (const t of thrown) {
  try {
    throw t
  } catch (e) {
    console.log(typeof e, e === t, String(e === null ? 'null' : typeof e === 'symbol' ? e.toString() : e))
  }
}
