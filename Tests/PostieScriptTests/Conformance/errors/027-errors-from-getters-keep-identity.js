const original = new Error('from getter')
const o = { get bad() { throw original } }
try { o.bad } catch (e) { console.log(e === original, e.message) }
try { JSON.stringify(o) } catch (e) { console.log(e === original) }
try { ({ ...o }) } catch (e) { console.log(e === original) }
try { Object.assign({}, o) } catch (e) { console.log(e === original) }
try { const { bad } = o } catch (e) { console.log(e === original) }
