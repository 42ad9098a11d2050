function days(month) {
  let result = []
  switch (month) {
    case 'feb': result.push('28')
    case 'apr':
    case 'jun': result.push('30-ish')
      break
    case 'jan': result.push('31')
  }
  return result
}
console.log(days('feb'), days('jun'), days('jan'), days('x'))
