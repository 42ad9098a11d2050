const forms = ['March 10, 2024', 'Mar 10 2024 10:00:00 GMT+0100', 'Sun Mar 10 2024', '2024/03/10', '3/10/2024', 'Sun, 10 Mar 2024 07:00:00 GMT', '10 March 2024 13:45', 'Mar 10, 2024 1:30 PM', 'Thu Jul 04 2024 09:05:03 GMT-0400 (Eastern Daylight Time)']
for (const f of forms) {
  const t = Date.parse(f)
  console.log(f.padEnd(60), isNaN(t) ? 'NaN' : new Date(t).toISOString())
}
