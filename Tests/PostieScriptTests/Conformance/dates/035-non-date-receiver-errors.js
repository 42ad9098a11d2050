try { Date.prototype.getTime.call({}) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Date.prototype.toString.call(1) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Date.prototype.toISOString.call('2024') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(Object.prototype.toString.call(new Date(0)), typeof Date.prototype.getTime)
try { Date.prototype.setHours.call(Object.create(Date.prototype), 1) } catch (e) { console.log(e.name + ': ' + e.message) }
