import { MORE_SIMPLIFIED, MORE_TRADITIONAL } from './traditional-table';

/**
 * Per-character folding for matching: what a careful reader treats as the same letter.
 * Every fold maps one UTF-16 unit to at most one unit, so offsets can be mapped back to the page.
 */

/** Characters a reader does not see inside words: soft hyphen, zero-width space/joiners, word joiner, BOM. */
export function isIgnorable(code: number): boolean {
  return (
    code === 0x00ad ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0x180e ||
    (code >= 0xfe00 && code <= 0xfe0f)
  );
}

/** Any kind of space or line break, including no-break and ideographic spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x85
  );
}

// Traditional → Simplified for the characters our lexicon and its context words use, so one
// Simplified entry also reads Traditional text (蒸餾 → 蒸馏, 外洩 → 外泄, 敵對國家 → 敌对国家).
const TRADITIONAL =
  '餾洩帳賬號虛戶達奧國對區際電腦開發碼體務報導稱資產業應題問專輯樂團隊實驗練訓權數據習術學華為關係鍵構組織說這個們與從來時間會員機濟經營億萬統試軟絡網頁連線處動認識創辦兩擊竊違規聲馬雲門裡邊陸敵擬貨貿偉師觀點蘭瑪寧羅錄鋒楊閆傑內圍險範極獲證協議條將讓給種還沒過進運車賽記齊寫讀設計畫劃歐盤縮寶貴價質離輸聯鎖問務嚴禁東許檔釋漢讚義幣紀錄戲劇輯唱獎並異幹發彈屬屆環廠嗎麼於壓縮復雜類倉庫鏡剝爭勢遠補輪車廳館' +
  '氣灣廣斷屬聽傳詞語論證調査查談險溝鏈層麵線風絕詐騙製勞' +
  // Every other Traditional (Taiwan and Hong Kong) form of a character the lexicon uses, listed with OpenCC's tables.
  '編獨獸總裏騰訊鮮農擇郵暈盜終靈鄰兒暱綽長貓換剛廚優歡監媽請職見後無冊訂閱閲牆塗裝圖詩鳴響亞頻該幫維臺燈絨項蠟燭飯鍋壺萊薩鳥鋼賓樹頭掃儲場續結遊鐵龍擱淺島徑羣暉駕轎魚餌釣辭級喬峯鈣劑搖滾臥鋪穎緒塊餅競戰奪壽燒妝殺視釐魯壞況選濾滅趕灘貝殼講遙愛韻軌銀攝單涼槍徠狹絲醬湯張劉陳黃趙吳孫鄭謝韓馮鄧蔣葉蘇呂盧鍾譚賈韋鄒賀顧龔蕭現帶説執諾納爾烏莊眾參約誤輻廢頂豔隱衛衞熱軍歷卻汙評測諜護預課爐氫啟啓閉備績財話齡蹤樣別檢踐確鑰憑當責襲釀煉麥鑑純銅損藥殘減揮轉淨戀審黨領雙標籤溫訪則檻紅擁緊準鎵鍺銻礦書牀費繞鉀糧鋰節宮擴簽輝頓紙慮額濫漁煙藝綁錢撐';
const SIMPLIFIED =
  '馏泄账账号虚户达奥国对区际电脑开发码体务报导称资产业应题问专辑乐团队实验练训权数据习术学华为关系键构组织说这个们与从来时间会员机济经营亿万统试软络网页连线处动认识创办两击窃违规声马云门里边陆敌拟货贸伟师观点兰玛宁罗录锋杨闫杰内围险范极获证协议条将让给种还没过进运车赛记齐写读设计画划欧盘缩宝贵价质离输联锁问务严禁东许档释汉赞义币纪录戏剧辑唱奖并异干发弹属届环厂吗么于压缩复杂类仓库镜剥争势远补轮车厅馆' +
  '气湾广断属听传词语论证调查查谈险沟链层面线风绝诈骗制劳' +
  '编独兽总里腾讯鲜农择邮晕盗终灵邻儿昵绰长猫换刚厨优欢监妈请职见后无册订阅阅墙涂装图诗鸣响亚频该帮维台灯绒项蜡烛饭锅壶莱萨鸟钢宾树头扫储场续结游铁龙搁浅岛径群晖驾轿鱼饵钓辞级乔峰钙剂摇滚卧铺颖绪块饼竞战夺寿烧妆杀视厘鲁坏况选滤灭赶滩贝壳讲遥爱韵轨银摄单凉枪徕狭丝酱汤张刘陈黄赵吴孙郑谢韩冯邓蒋叶苏吕卢钟谭贾韦邹贺顾龚萧现带说执诺纳尔乌庄众参约误辐废顶艳隐卫卫热军历却污评测谍护预课炉氢启启闭备绩财话龄踪样别检践确钥凭当责袭酿炼麦鉴纯铜损药残减挥转净恋审党领双标签温访则槛红拥紧准镓锗锑矿书床费绕钾粮锂节宫扩签辉顿纸虑额滥渔烟艺绑钱撑';

const TRAD_TO_SIMP = new Map<number, number>();
for (let i = 0; i < TRADITIONAL.length; i++) {
  TRAD_TO_SIMP.set(TRADITIONAL.charCodeAt(i), SIMPLIFIED.charCodeAt(i));
}
// 帐 (account, in 帐号) is an old form of 账: fold it too so 假帐号 and 假账号 are one word.
TRAD_TO_SIMP.set(0x5e10, 0x8d26);
// Every other Traditional character, from the generated table, so a page reads whole whatever the lexicon was written with.
for (let i = 0; i < MORE_TRADITIONAL.length; i++) {
  const code = MORE_TRADITIONAL.charCodeAt(i);
  if (!TRAD_TO_SIMP.has(code)) TRAD_TO_SIMP.set(code, MORE_SIMPLIFIED.charCodeAt(i));
}

// Small capitals, as "fancy text" generators write a post's name or heading ("ᴀɴᴛʜʀᴏᴘɪᴄ ʙᴀɴs"): each reads as its capital.
const SMALL_CAPITALS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ';
const SMALL_CAPITAL_LETTERS = 'ABCDEFGHIJKLMNOPRSTUVWYZ';
const SMALL_CAPITAL_TO_LETTER = new Map<number, number>();
for (let i = 0; i < SMALL_CAPITALS.length; i++) {
  SMALL_CAPITAL_TO_LETTER.set(SMALL_CAPITALS.charCodeAt(i), SMALL_CAPITAL_LETTERS.charCodeAt(i));
}

/**
 * Kangxi radicals, CJK radicals and compatibility ideographs: text copied out of PDFs often holds them in place of
 * the ideograph they look like ("月之暗⾯" with the radical ⾯), and a reader sees the same character.
 */
function ideographLookalike(code: number): number {
  const isLookalike = (code >= 0x2e80 && code <= 0x2fdf) || (code >= 0xf900 && code <= 0xfaff);
  if (!isLookalike) return code;
  const normal = String.fromCharCode(code).normalize('NFKC');
  return normal.length === 1 ? normal.charCodeAt(0) : code;
}

/**
 * Folds one UTF-16 unit for matching, keeping its case: full-width → ASCII, small capitals → capitals, curly
 * apostrophes → ', dashes → -, the many middle dots of transliterated names → ·, radicals and compatibility forms →
 * the ideograph, Traditional → Simplified. Spaces and ignorable characters are handled by the caller.
 */
export function foldUnit(code: number): number {
  if (code < 0x80) return code;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  const smallCapital = SMALL_CAPITAL_TO_LETTER.get(code);
  if (smallCapital !== undefined) return smallCapital;
  code = ideographLookalike(code);
  switch (code) {
    case 0x2018:
    case 0x2019:
    case 0x201b:
    case 0x02bc:
    case 0x2032:
      return 0x27;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
    case 0xfe63:
      return 0x2d;
    case 0x2027:
    case 0x30fb:
    case 0xff65:
    case 0x2022:
    case 0x2219:
    case 0x22c5:
      return 0xb7;
    default:
      return TRAD_TO_SIMP.get(code) ?? code;
  }
}

const lowerCache = new Map<number, number>();

/** Lower-cases one unit when that keeps it one unit (İ and similar keep their form). */
export function lowerUnit(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code < 0x80) return code;
  const cached = lowerCache.get(code);
  if (cached !== undefined) return cached;
  const lower = String.fromCharCode(code).toLowerCase();
  const result = lower.length === 1 ? lower.charCodeAt(0) : code;
  lowerCache.set(code, result);
  return result;
}
