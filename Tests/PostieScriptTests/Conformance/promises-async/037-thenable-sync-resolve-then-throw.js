const thenable = {
  then(resolve) {
    resolve('resolved first')
    throw new Error('thrown after resolve is ignored')
  }
}
Promise.resolve(thenable).then(v => console.log(v), e => console.log('unexpected', e.message))
const throwing = { then() { throw new Error('then threw') } }
Promise.resolve(throwing).catch(e => console.log('rejected:', e.message))
