for (const v of [42, 'str', undefined, {}]) {
  try {
    class X extends v {}
    console.log('created')
  } catch (e) {
    console.log(e.name + ': ' + e.message)
  }
}
function NoProto() {}
NoProto.prototype = 3
try { class Y extends NoProto {} } catch (e) { console.log(e.name + ': ' + e.message) }
