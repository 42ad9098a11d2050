try { new Map([1, 2]) } catch (e) { console.log(e.name + ': ' + e.message) }
try { new Map({}) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Map([]) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(new Map([[1]]).get(1), new Map([[1, 2, 3]]).get(1), new Map([new String('ab')]).get('a'))
try { new Map(['ab']) } catch (e) { console.log(e.name + ': ' + e.message) }
try { new Set(1) } catch (e) { console.log(e.name + ': ' + e.message) }
