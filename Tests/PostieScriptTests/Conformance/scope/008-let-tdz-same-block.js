{
  try {
    console.log(x)
  } catch (e) {
    console.log(e.name + ': ' + e.message)
  }
  let x = 1
  console.log(x)
}
