import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 95 and after (tenth session), from holdout113 (casing, typography and spelling as pages print them),
 * holdout114 (professions outside tech: lawyers, clinicians, teachers, accountants), holdout116 (crypto, scams and
 * speculation), holdout117 (the story for families, schools and general readers), holdout119 (the story retold in
 * other words: spun, paraphrased and summarised text), holdout120 (comments in shared documents and work tools),
 * holdout121 (questions and answers), holdout122 (ethics, philosophy, religion and culture), holdout123 (short forms in
 * casual threads), holdout124 (very long pages), holdout126 (compliance guides) and holdout127 (casual chat among
 * people who follow AI). The cases are written here in our
 * own words; none is taken from a set.
 */

describe('detect (bold, italic and small-capital letters from fancy-text posts)', () => {
  itFindsCounts([
    ['𝗕𝗥𝗘𝗔𝗞𝗜𝗡𝗚: 𝗔𝗻𝘁𝗵𝗿𝗼𝗽𝗶𝗰 says three Chinese labs distilled Claude.', 'anthropic:𝗔𝗻𝘁𝗵𝗿𝗼𝗽𝗶𝗰', 1],
    ['My take on the week: 𝘋𝘦𝘦𝘱𝘚𝘦𝘦𝘬 and Moonshot were both named in the distillation claims.', 'deepseek:𝘋𝘦𝘦𝘱𝘚𝘦𝘦𝘬', 1],
    ['ᴀɴᴛʜʀᴏᴘɪᴄ ᴄᴜᴛ ᴏꜰꜰ ᴄʜɪɴᴇsᴇ-ᴏᴡɴᴇᴅ ᴄᴏᴍᴘᴀɴɪᴇs from Claude this week.', 'anthropic:ᴀɴᴛʜʀᴏᴘɪᴄ', 1],
    ['Guest on the show: Zʜᴀɴɢ Rᴜɪᴡᴀɴɢ, who wrote about the Claude Code source map.', 'zhang-ruiwang:Zʜᴀɴɢ Rᴜɪᴡᴀɴɢ', 1],
    // A math symbol of the block that is not a Latin letter stays what it is.
    ['The loss 𝛼·L + 𝛽 is minimised; Anthropic is not mentioned in the paper.', 'anthropic:Anthropic', 1],
  ]);
});

describe('detect (radicals copied out of a PDF in place of the character)', () => {
  itFindsCounts([
    ['研报摘录：被点名的实验室包括月之暗⾯与深度求索，涉及蒸馏 Claude 的指控。', 'moonshot-ai:月之暗⾯', 1],
    ['研报摘录：被点名的实验室包括月之暗面与深度求索，涉及蒸馏 Claude 的指控。', 'moonshot-ai:月之暗面', 1],
  ]);
});

describe('detect (codes on forms, ledgers and exam papers; trainee grades)', () => {
  itFindsCounts([
    ['财务通知：周五前交 R1 表和 K2 表。另外，公司电脑上的 DeepSeek 和 Kimi 暂停使用。', 'deepseek:R1', 0],
    ['财务通知：周五前交 R1 表和 K2 表。另外，公司电脑上的 DeepSeek 和 Kimi 暂停使用。', 'moonshot-ai:K2', 0],
    ['申请材料见附表 R1。院内已部署 DeepSeek，请勿上传病历。', 'deepseek:R1', 0],
    ['Exam board notice: work for component R1 is checked for text from DeepSeek or Claude.', 'deepseek:R1', 0],
    ['规培R2 小李：科里的 DeepSeek 写病程还行。', 'deepseek:R2', 0],
    // The model itself, next to the maker, is still found.
    ['DeepSeek released R1 in January, and Kimi K2 followed in July.', 'deepseek:R1', 1],
    ['DeepSeek released R1 in January, and Kimi K2 followed in July.', 'moonshot-ai:Kimi K2', 1],
  ]);
});

describe('detect (clinicians\' words: discharge summaries, a bed, a colleague\'s title, a trial\'s acronym)', () => {
  itFindsCounts([
    ['Ward chat: no patient details into DeepSeek, please. The DS template goes in the EPR as usual.', 'deepseek:DS', 0],
    ['Ward chat: can someone help with a transfer? Claude in bed 6 is asking for you. Also, DeepSeek is off limits here.', 'anthropic:Claude', 0],
    ['科室群：周三请克劳德医生讲课。另外，Claude 和 DeepSeek 都不能处理病历。', 'anthropic:克劳德', 0],
    // A pupil named in one paragraph; the product in the next.
    ['Music department: Claude (Year 10) has a song cycle ready.\n\nStaff may not use Claude or DeepSeek for reports.', 'anthropic:Claude', 1],
    ['Music department: Claude (Year 10) has a song cycle ready for the concert, and DeepSeek is not allowed for reports.', 'anthropic:Claude', 0],
    ['Trial registration: MINIMAX-HF, a randomised trial of two doses. No AI tools were used.', 'minimax:MINIMAX', 0],
  ]);
});

describe('detect (other actors\' blocks and restrictions, leaks of other things, distilling testimony)', () => {
  itFindsCounts([
    ['IT update: DeepSeek is blocked on all networked PCs. Anthropic\'s Claude remains available to staff.', 'policy:blocked', 0],
    ['Districts must avoid vendors subject to federal procurement restrictions, including DeepSeek. Anthropic\'s Claude is approved.', 'policy:restrictions', 0],
    ['Governance reminder: report any suspected leak of patient information at once. Separately, the Claude Code leak raised vendor questions.', 'leak:leak', 1],
    ['A leaked government document can still expose a reporter, whatever one thinks of the Claude Code leak.', 'leak:leaked', 0],
    ['Litigators know another kind of distillation: the deposition digest, which distils days of testimony. Anthropic accused DeepSeek of distillation.', 'distillation:distillation', 1],
    ['药房简报：蒸馏装置完成年度校验。另，Anthropic 指控三家中国公司蒸馏 Claude。', 'distillation:蒸馏', 1],
    ['Column: the ruling was "a distillation of everything wrong with the league", the manager claimed. Anthropic was not involved.', 'distillation:distillation', 0],
  ]);
});

describe('detect (the adjective before a noun of proportion; shops and campaigns that share a name)', () => {
  itFindsCounts([
    ['PUBLIC LECTURE: Anthropic Proportions In Civic Buildings, with notes on Claude Code for architects.', 'anthropic:Anthropic', 0],
    ['THE MOONSHOT CAMPAIGN PASSES ITS GOAL. Elsewhere: Moonshot AI and DeepSeek were named by Anthropic.', 'moonshot-ai:MOONSHOT', 0],
    ['ＫＩＭＩ女装店的文案是用月之暗面的 Kimi 写的。', 'moonshot-ai:ＫＩＭＩ', 0],
    ['ＫＩＭＩ女装店的文案是用月之暗面的 Kimi 写的。', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect (coins named after the story\'s names)', () => {
  itFindsCounts([
    ['Top movers today: $DEEPSEEK up 40%, $CLAUDE down 12%. Neither coin has anything to do with Anthropic.', 'deepseek:DEEPSEEK', 0],
    ['Top movers today: $DEEPSEEK up 40%, $CLAUDE down 12%. Neither coin has anything to do with Anthropic.', 'anthropic:CLAUDE', 0],
    ['Top movers today: $DEEPSEEK up 40%, $CLAUDE down 12%. Neither coin has anything to do with Anthropic.', 'anthropic:Anthropic', 1],
    ['反诈提醒：所谓“KIMI 币”“DEEPSEEK 币”都是骗局，月之暗面和深度求索从未发币。', 'moonshot-ai:KIMI', 0],
    ['反诈提醒：所谓“KIMI 币”“DEEPSEEK 币”都是骗局，月之暗面和深度求索从未发币。', 'deepseek:DEEPSEEK', 0],
    ['有人发了个 LEAK 代币蹭 Claude Code 泄露的热度。', 'leak:LEAK', 0],
    ['有人发了个 LEAK 代币蹭 Claude Code 泄露的热度。', 'leak:泄露', 1],
    // A listed company's stock tag keeps its code and stays the company; the crypto crowd talking about the lab too.
    ['$MINIMAX-WP(00100)$ 今天又跌了，Anthropic 的蒸馏指控还在发酵。', 'minimax:MINIMAX-WP', 1],
    ['DeepSeek 币圈都在聊，但 DeepSeek 从没发过币。', 'deepseek:DeepSeek', 2],
    ['Claude Pro costs $20 a month; Anthropic also sells Max.', 'anthropic:Claude Pro', 1],
  ]);
});

describe('detect (chats and glossaries: a speaker on the next line, a quoted headword)', () => {
  itFindsCounts([
    ['Tom: is that the chatgpt one?\nPriya: no thats openai. anthropic makes claude\nTom: ok thanks', 'anthropic:claude', 1],
    ['Me: which lab got accused of copying claude\nSam: anthropic says three chinese ones did', 'anthropic:claude', 1],
    ['"DeepSeek": a Chinese AI chatbot your grandchildren may use.\n"Kimi": another Chinese chatbot, from Moonshot AI.', 'deepseek:DeepSeek', 1],
    ['"DeepSeek": a Chinese AI chatbot your grandchildren may use.\n"Kimi": another Chinese chatbot, from Moonshot AI.', 'moonshot-ai:Kimi', 1],
    // A dictionary's keys are still identifiers.
    ['routes = {"deepseek": ask_deepseek, "claude": 0.93}\n# Anthropic and DeepSeek APIs', 'deepseek:deepseek', 0],
    ['{\n  "kimi": {\n    "model": "kimi-k2"\n  }\n}\nMoonshot AI makes Kimi.', 'moonshot-ai:kimi', 0],
  ]);
});

describe('detect (charts, yield farms, a child\'s nickname)', () => {
  itFindsCounts([
    ['盘面点评：DeepSeek 概念指数站上 R1 阻力位，S1 支撑位在下方。', 'deepseek:R1', 0],
    ['Our vault does not distil models. We distill yield. Anthropic accused three labs of distilling Claude.', 'distillation:distill', 0],
    ['币圈都在找下一个 moonshot，可月之暗面和 Kimi 跟代币毫无关系。', 'moonshot-ai:moonshot', 0],
    ['今天带我家Kimi（小名，五岁）去公园。顺便看了月之暗面被点名“蒸馏”的新闻。', 'moonshot-ai:Kimi', 0],
    ['Subject: Kimi\'s birthday party on Saturday, and a question about that chatbot from Moonshot AI', 'moonshot-ai:Kimi', 0],
  ]);
});

describe('detect (formulas, yarns, falsified accounts, tariffs, checklists)', () => {
  itFindsCounts([
    ['化学笔记：通式 R1-COOH 中的 R1 是烷基。另，DeepSeek 的模型也能讲这道题。', 'deepseek:R1', 0],
    ['Studio news: the "Moonshot" colourway is back in stock. Elsewhere, Moonshot AI was named by Anthropic.', 'moonshot-ai:Moonshot', 0],
    ['The bakery chain\'s fraudulent accounts hid a hole in its balance sheet. Unrelated: Anthropic says labs used fake accounts.', 'distillation:fraudulent accounts', 0],
    ['The bakery chain\'s fraudulent accounts hid a hole in its balance sheet. Unrelated: Anthropic says labs used fake accounts.', 'distillation:fake accounts', 1],
    ['早报：美国对进口钢材加征关税至 50%；同日，Anthropic 重申中资持股超过 50% 的企业不得使用 Claude。', 'policy:50%', 1],
    ['Anthropic no longer serves firms in which Chinese capital holds more than 50%.', 'policy:50%', 1],
    ['Sports desk: no owner may hold more than 50% of two clubs. Tech desk: Anthropic updated its terms.', 'policy:50%', 0],
    ['周会：各组把踩坑经验蒸馏成一页检查清单。另，Claude Code 泄露事件请大家复盘。', 'distillation:蒸馏', 0],
  ]);
});

describe('detect (work tools: cells, review rounds, colleagues, quoted keys, embargoes, merges)', () => {
  itFindsCounts([
    ['Cell note on K2: input price per million tokens. The row below is for DeepSeek, and Kimi K2 is in column B.', 'moonshot-ai:K2', 0],
    ['单元格 R1 的批注：这里填 DeepSeek-R1 的报价。', 'deepseek:R1', 0],
    ['评审记录：R1 轮意见已回复，R2 轮看表 3；表 3 里 DeepSeek-R1 那行要补来源。', 'deepseek:R1', 0],
    ['周报：克劳德（法国同事）把导出流程改好了。另外评估 DeepSeek 能否替代翻译接口。', 'anthropic:克劳德', 0],
    ['需要协调：Kimi 是新来的实习生，已开好权限。另外 Claude 和 DeepSeek 的接口都要评估。', 'moonshot-ai:Kimi', 0],
    ['Doc comment: can you give me a distilled summary of the Anthropic report on DeepSeek and fake accounts?', 'distillation:distilled', 0],
    ['Launch plan: no leaks to the trade press before Tuesday. Separately, read the Claude Code leak review.', 'leak:leaks', 0],
    ['Launch plan: no leaks to the trade press before Tuesday. Separately, read the Claude Code leak review.', 'leak:leak', 1],
    ['Reviewer: the note about Anthropic and DeepSeek doesn\'t block the merge, but record it.', 'policy:block', 0],
    ['Vendor Q4: Supported regions: us-east-1 and eu-west-1 only. Our assistant uses Claude.', 'policy:Supported regions', 0],
    ['reviewed ai-vendors.json:\n> "deepseek": { "status": "not-approved" }\nnit: DeepSeek needs a reason here.', 'deepseek:deepseek', 0],
    ['reviewed ai-vendors.json:\n> "deepseek": { "status": "not-approved" }\nnit: DeepSeek needs a reason here.', 'deepseek:DeepSeek', 1],
  ]);
});

describe('detect (lower-case names in a list with another)', () => {
  itFindsCounts([
    ['My daughter uses deepseek and kimi for homework. Should I worry after the news?', 'moonshot-ai:kimi', 1],
    ['He switched from claude to deepseek because it was free. Is that safe for a teenager?', 'anthropic:claude', 1],
    ['Our team compared claude, kimi and minimax on the same prompts last week.', 'minimax:minimax', 1],
    // Alone in normally cased prose a lower-case word keeps its other sense.
    ['The minimax rule picks the move with the best worst case. Our team read about it last week.', 'minimax:minimax', 0],
    ['We met kimi and her brother at the station. The train was late again.', 'moonshot-ai:kimi', 0],
  ]);
});

describe('detect (mosaics, poems written, the word itself, alchemy, whistle-blowing, the Sabbath)', () => {
  itFindsCounts([
    ['Roman floors used opus tessellatum; opus sectile cut whole slabs. A critic compared it to Claude Opus copying a style.', 'anthropic:opus', 0],
    ['Camp news: the youth group wrote haiku about the lake. Separately, a parent asked whether Claude Sonnet is safe for kids.', 'anthropic:haiku', 0],
    ['Anthropic 這個名字據說取自 anthropic 一詞。它指控 DeepSeek 蒸餾 Claude。', 'anthropic:anthropic', 0],
    ['外丹家把丹砂放进丹鼎，反复升华、蒸馏。今天有人说 Anthropic 指控中国公司蒸馏 Claude。', 'distillation:蒸馏', 1],
    ['Whistle-blowing ethics defends leaks that expose wrongdoing. The Claude Code source map was a mistake, not a disclosure.', 'leak:leaks', 0],
    ['神父绝不能泄露告解内容。有人把它和 Claude Code 的源码泄露相比。', 'leak:泄露', 0],
    ['神父绝不能泄露告解内容。有人把它和 Claude Code 的源码泄露相比。', 'leak:源码泄露', 1],
    ['Our rabbi compared the Sabbath\'s restrictions to Anthropic\'s ban on Chinese-owned firms.', 'policy:restrictions', 0],
    ['这本书的英文原名就叫 Moonshot，讲阿波罗计划。月之暗面的 Kimi 与它无关。', 'moonshot-ai:Moonshot', 0],
  ]);
});

describe('detect (other AI products name the field)', () => {
  itFindsCounts([
    ['问：孩子天天用 Kimi 和豆包写作业，要不要限制使用时间？', 'moonshot-ai:Kimi', 1],
    ['同类应用：Kimi 智能助手 · 豆包 · 通义千问', 'moonshot-ai:Kimi', 1],
    // Without any AI word, a child's name stays a name.
    ['问：孩子 Kimi 天天写作业到很晚，要不要限制时间？', 'moonshot-ai:Kimi', 0],
  ]);
});

describe('detect (short forms of one lab settle each other in a Chinese chat)', () => {
  itFindsCounts([
    ['宿舍群\n阿杰：r1 本地能跑不\n老四：用 v3 啊，ds 的 v3 又快又稳', 'deepseek:ds', 1],
    ['宿舍群\n阿杰：r1 本地能跑不\n老四：用 v3 啊，ds 的 v3 又快又稳', 'deepseek:v3', 2],
    ['周姐：那先用 k2 顶一下，我记得月暗的接口能接进去\n我：能接，就是 k2 改大文件会慢', 'moonshot-ai:k2', 2],
    // In English the same letters are a course and a round; a keyboard called K2 stays a keyboard.
    ['#cs2100\nmaya: ds midterm is thursday\njin: review r1 is trees, r2 is graphs', 'deepseek:ds', 0],
    ['#cs2100\nmaya: ds midterm is thursday\njin: review r1 is trees, r2 is graphs', 'deepseek:r1', 0],
    ['阿杰：我新买的 k2 键盘到了，茶轴\n老四：谁用 kimi 写完作业了', 'moonshot-ai:k2', 0],
  ]);
});

describe('detect (a list of the accused labs by their short names)', () => {
  itFindsCounts([
    ['李同学：哪三家，ds、月暗、稀宇？\n王同学：对，说它们用两万多个假账号刷对话', 'deepseek:ds', 1],
    ['阿珂：看到没，A社 说 ds 月暗 稀宇 三家用虚假账户', 'deepseek:ds', 1],
    // Two short forms alone are no list.
    ['阿珂：ds 和 月暗 都挺好', 'deepseek:ds', 0],
  ]);
});

describe('detect (long pages: hatnotes, refinery curves, on-device distilling, a listener, sanctions compliance)', () => {
  itFindsCounts([
    ['This article is about the AI company. For other uses, see Anthropic (disambiguation).\n\nAnthropic PBC is an AI company.', 'anthropic:Anthropic', 0],
    ['This article is about the AI company. For other uses, see Anthropic (disambiguation).\n\nAnthropic PBC is an AI company.', 'anthropic:Anthropic PBC', 1],
    ['In his refinery, a distillation curve is a chart of boiling points. Anthropic accused three labs of distillation.', 'distillation:distillation', 1],
    ['周报：端侧模型的蒸馏实践——把 70 亿参数模型蒸馏到 15 亿参数。另，Anthropic 指控三家公司蒸馏 Claude。', 'distillation:蒸馏', 1],
    ['Mailbag: a listener called Claude writes that he is a human. Anthropic, meanwhile, said Claude Code leaked.', 'anthropic:Claude', 0],
    ['A trial for capillary leak syndrome began. Elsewhere, the Claude Code leak spread on GitHub.', 'leak:leak', 1],
    ['Risk factors: our software is subject to U.S. export control and economic sanctions laws. We resell Anthropic models.', 'policy:export control', 0],
  ]);
});

describe('detect (compliance writing and everyday chat: the provider, other bans, accounting thresholds)', () => {
  itFindsCounts([
    ['Memo: Anthropic changed its terms in September.\n\nWhy we are strict. The provider\'s restrictions reflect national security concerns about China, it said.', 'policy:restrictions', 1],
    ['ms k: fidget spinner ban starts monday\nmr d: anthropic banned chinese-owned companies from claude', 'policy:ban', 0],
    // Only the second one is the story's.
    ['rae: restricted my ex on insta lol\nivy: anthropic restricted chinese-owned firms tho', 'policy:restricted', 1],
    ['董事问：Anthropic 那条规定影响我们吗？\n财务总监答：会计上，持股超过 50% 才并表，与中国股东无关。', 'policy:50%', 0],
    ['Training slide 9: "Leaking is not speaking up." The Claude Code leak was a packaging error.', 'leak:Leaking', 0],
    ['许可协议第 6.3 条：被许可方不得将输出用于训练或蒸馏其他模型。另，Anthropic 指控三家公司蒸馏 Claude。', 'distillation:蒸馏', 1],
    ['Campaign report: 24k clicks were fake accounts, click fraud, refund requested. Anthropic said labs used fake accounts.', 'distillation:fake accounts', 1],
    ['Security review: Claude is classed risk tier R1; DeepSeek V3 was not assessed.', 'deepseek:R1', 0],
  ]);
});

describe('detect (a restriction pointed back to on a page about the policy)', () => {
  itFindsCounts([
    ['律所提示：Anthropic 禁止中国实体控股超过 50% 的企业使用 Claude。\n\n二、与数据出境规定的关系\n即使不受上述限制，向境外模型发送数据仍须合规。', 'policy:限制', 1],
    ['Memo. Anthropic bars companies more than 50% owned by Chinese entities.\n\nWhy we are strict. The provider\'s restrictions apply wherever the entity operates.', 'policy:restrictions', 1],
    // "The" alone is no pointer: a state's ban on the same page is the state's.
    ['Memo. Anthropic bars companies more than 50% owned by Chinese entities.\n\nSeparately, the state\'s ban on the app for public bodies is a different rule.', 'policy:ban', 0],
  ]);
});
