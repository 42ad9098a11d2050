const nums = [10, 9, 1, 100, 25, -3]
console.log(nums.slice().sort((a, b) => a - b))
console.log(nums.slice().sort((a, b) => b - a))
const words = ['banana', 'Apple', 'cherry', 'apple']
console.log(words.slice().sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0))
console.log(['10', '9', '2', '33'].sort((a, b) => a - b))
console.log([3, 1, 2].sort(() => 0))
