// Builds src/main/resources/identity/common-passwords.txt (identity.PasswordPolicy refuses every entry,
// case-insensitively). Run: npm pack zxcvbn@4.4.2 && tar xzf zxcvbn-4.4.2.tgz && node make-list.js
//  1. the 10,000 most frequent passwords of zxcvbn 4.4.2's `passwords` list (MIT, Dropbox; ranked from the
//     xato 10-million-password corpus);
//  2. passwords typical of Chinese users (the CSDN, 天涯 and 12306 leak tops as reported in the literature);
//  3. pinyin words and names people use, each with the digit tails people add (123, 1314, 520, years …).
const fs = require("fs");
const zx = require("./package/lib/frequency_lists.js");
const ranked = Array.isArray(zx.passwords) ? zx.passwords : Object.keys(zx.passwords);
const out = new Set(ranked.slice(0, 10000));
const chinese = `123456789 12345678 11111111 dearbook 00000000 123123123 1234567890 88888888 111111111 147258369
987654321 aaaaaaaa 1111111111 66666666 a123456789 11223344 1qaz2wsx xiazhili 789456123 password 87654321 qqqqqqqq
000000000 qwertyuiop qq123456 iloveyou 31415926 12344321 0000000000 asdfghjkl 1q2w3e4r 123456abc 0123456789
123654789 12121212 qazwsxedc abcd1234 12341234 110110110 asdasdasd 22222222 123321123 abc123456 a12345678
123456123 a1234567 1234qwer qwertyui 123456789a qwe123 qwe123456 qwe123456789 Aa123456 Aa12345678 Aa123456789
aa123456 aa12345678 woaini1314 woaini520 woaini123 woaini521 5201314 520520 1314520 5201314520 woaiwojia
woaini iloveyou1314 aini1314 wangyut2 zxc123 zxc123456 asd123 asd123456 abc123 a123123 a111111 q123456
q1w2e3r4 1qaz2wsx3edc zaq12wsx qaz123 qaz123456 147258 147258369a 159357 159753 123qwe 123qwe123 123qweasd
qweasd qweasdzxc qweasd123 1q2w3e 1q2w3e4r5t 110120 119119 12345qwert admin123 admin888 admin@123 Admin@123
Admin123 root123 test123 P@ssw0rd p@ssw0rd Passw0rd Password1 Password123 password1 password123 Abcd1234
Abc123456 abc@123 Abc@123 Abc@123456 Qwer1234 qwer1234 Qq123456 qq5201314 iloveyou520 a5201314 wo5201314
88888888a 666666a 888888a 8888888888 6666666666 168168 168888 518518 666888 888666 147852 147852369 741852963
963852741 7758521 7758258 woshishui zhongguo123 zhongguo1949 beijing2008 beijing123 shanghai123 changzhi123
taiyuan123 shanxi123`.split(/\s+/).filter(Boolean);
chinese.forEach(p => out.add(p));
const words = `woaini aini woaiwojia wojiushiwo nihao zhongguo beijing shanghai shanxi changzhi taiyuan laopo laogong
baobei baobao xiaobao xiaoxiao qinqin aiai woshishui tianshi xingfu kuaile pingan fugui facai meimei gege
jiejie didi mama baba yeye nainai zhangwei wangwei liwei wangfang liuyang zhangjie zhangmin zhangli wangli
wanglei liuwei lijing wangjing zhangjing liqiang zhangyong wangyong lijun wangjun zhangjun liuyan wanghui
zhanghui lina wangqiang chenjing liumin wangxiuying zhangxiuying lixiuying liuxin zhangtao wangtao chenchen
liuliu wangwang zhangsan lisi wangwu zhaoliu sunwukong xiaoming xiaohong xiaoli xiaowang xiaozhang xiaoyu
xiaofeng xiaolong tianya wangyi tengxun baidu taobao zhifubao weixin qqqq dongfang huanghe changjiang yangguang
xiaoqiang dashuaige shuaige meinv aixin zhenai yongyuan yiqi shengri`.split(/\s+/).filter(Boolean);
const tails = ["", "1", "11", "12", "123", "1234", "12345", "123456", "1314", "520", "521", "5201314", "666",
  "888", "999", "000", "110", "168", "0", "01", "007"];
for (let y = 1960; y <= 2030; y++) tails.push(String(y));
for (const w of words) for (const t of tails) { out.add(w + t); if (t) out.add(t + w); }
fs.writeFileSync(process.argv[2] || "common-passwords.txt",
  "# Common passwords, refused by identity.PasswordPolicy (case-insensitive). Made by tools/passwords/make-list.js\n"
  + [...out].join("\n") + "\n");
console.log(out.size);
