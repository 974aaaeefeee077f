// Search benchmarks (performance.md target 3): one keystroke of filter over 100,000 enterprises.
//
// Run with `swift run -c release SearchBenchmarks [iterations]`. Builds 100,000 enterprises with
// realistic Anshan names (the vocabulary of the demo), the search index over them, and times,
// for each query kind, every keystroke while the query is typed character by character
// (incremental: each keystroke narrows the previous result) and a fresh full scan of the whole
// query, plus a plain byte scan of the same names as the in-run reference.

import CaseDeskDomain
import Foundation

/// A small deterministic generator (SplitMix64).
struct Generator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

let districts: [(name: String, region: String, prefixes: [String], roads: [String])] = [
  ("铁东区", "210302", words("鞍山 鞍山市 鞍山市铁东区"), words("胜利南路 二一九路 园林路 山南街 东长甸路")),
  ("铁西区", "210303", words("鞍山 鞍山市 鞍山市铁西区"), words("建设大道 人民路 永乐街 铁西三道街 大陆街")),
  ("立山区", "210304", words("鞍山 鞍山市 鞍山市立山区"), words("胜利北路 鞍千路 建国路 沙河镇工业路 灵山路")),
  ("千山区", "210311", words("鞍山 鞍山市 鞍山市千山区"), words("千山中路 汤岗子路 大孤山镇工业园路 齐大山路 宁远路")),
  ("鞍山高新区", "210300", words("鞍山 鞍山市 鞍山高新区"), words("越岭路 千山东路 激光产业园路 鞍千路东段 科技路")),
  ("海城市", "210381", words("海城 海城市"), words("东四管理区工业路 牌楼镇菱镁路 八里镇镁业路 腾鳌镇工业路 西柳镇兴业街")),
  ("台安县", "210321", words("台安 台安县"), words("台安镇工业园区 新开河镇兴农路 富家镇中心街 桑林镇育林路 西佛镇站前街")),
  ("岫岩满族自治县", "210323", words("岫岩 岫岩满族自治县"), words("岫岩镇玉都大街 哈达碑镇工业路 偏岭镇滑石路 兴隆镇玉石街 前营镇中心街")),
]
let industries: [(name: String, words: [String], forms: [String])] = [
  ("钢铁", words("钢铁 特钢 轧钢 钢管 冷轧板"), words("有限公司 股份有限公司 有限责任公司")),
  ("焦化", words("焦化 煤化工 焦化制气"), words("有限公司 有限责任公司")),
  ("耐火材料", words("耐火材料 耐材 不定形耐火材料 耐火砖"), words("有限公司 有限责任公司 厂")),
  ("菱镁", words("镁业 菱镁制品 镁砂 轻烧镁 镁质材料"), words("有限公司 有限责任公司 厂")),
  ("化工", words("化工 精细化工 化工材料 涂料"), words("有限公司 股份有限公司")),
  ("电镀", words("电镀 表面处理 镀锌"), words("有限公司 厂")),
  ("热电", words("热电 供热 热力"), words("有限公司 有限责任公司")),
  ("铸造", words("铸造 机械铸造 精密铸造 铸钢"), words("有限公司 厂")),
  ("污水处理", words("污水处理 水务 环保水处理"), words("有限公司 有限责任公司")),
  ("机械制造", words("重型机器 机械制造 矿山机械 液压设备"), words("有限公司 股份有限公司 厂")),
  ("建材", words("建材 水泥 新型墙材 商品混凝土"), words("有限公司 厂")),
  ("矿山", words("矿业 选矿 铁矿 滑石矿"), words("有限公司 有限责任公司")),
  ("玉石加工", words("玉器 玉石雕刻 玉石加工"), words("有限公司 厂")),
  ("畜禽养殖", words("生猪养殖 肉牛养殖 蛋鸡养殖 果蔬种植"), words("专业合作社")),
  ("汽车维修", words("汽车维修 汽车修理 机动车检测"), words("有限公司 厂")),
  ("医药", words("制药 药业 医药"), words("有限公司 股份有限公司")),
]
let brandFirst = Array("鑫恒华宏金瑞众兴泰福东天中汇隆永德嘉博正鼎盛源达丰润和昌旺信祥顺通远鸿辉腾海新佳安康凯长重银")
let brandSecond = Array("盛达源远鼎丰诚隆和润方兴业昌泰通祥瑞宇辉峰旺利发成安新佳华聚力强实创益光亿广荣沙庆行")
let surnames = Array("王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏")
let givenNames = words(
  "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建国 建华 志强 海涛 春梅 晓东 玉兰 德胜 国庆 文博")
let ownerships = words("国有 民营 民营 民营 外商投资 集体")

/// A valid unified social credit code for `region` with organisation number `serial`.
func code(region: String, serial: Int) -> String {
  let alphabet = UnifiedSocialCreditCode.alphabet
  var body = Array("91" + region + "M")
  var digits: [Character] = []
  var rest = serial
  for _ in 0..<8 {
    digits.append(alphabet[rest % 31])
    rest /= 31
  }
  body.append(contentsOf: digits.reversed())
  let values = body.compactMap { UnifiedSocialCreditCode.value(of: $0) }
  body.append(UnifiedSocialCreditCode.checkCharacter(forValues: values))
  return String(body)
}

func makeEnterprises(_ count: Int) -> [Enterprise] {
  var random = Generator(state: 0x0412_2025)
  var out: [Enterprise] = []
  out.reserveCapacity(count)
  for serial in 0..<count {
    let district = random.pick(districts)
    let industry = random.pick(industries)
    let brand = String(random.pick(brandFirst)) + String(random.pick(brandSecond))
    let word = random.pick(industry.words)
    let name = random.pick(district.prefixes) + brand + word + random.pick(industry.forms)
    let person = String(random.pick(surnames)) + random.pick(givenNames)
    let address = district.name + random.pick(district.roads) + String(1 + random.below(300)) + "号"
    let statuses: [PositiveListStatus] = [.notListed, .notListed, .listed, .candidate, .suspended]
    out.append(
      Enterprise(
        uscc: code(region: district.region, serial: 1_000_000 + serial * 7), name: name,
        shortName: brand + word, district: district.name, industry: industry.name,
        ownership: random.pick(ownerships), tier: random.below(5) == 0 ? .key : .general,
        isKeyDischargeUnit: random.below(4) == 0, address: address, legalRepresentative: person,
        tags: random.below(10) == 0 ? ["信访"] : [], positiveList: random.pick(statuses)))
  }
  return out
}

func format(_ value: Double) -> String { String(format: "%.1f", value) }

/// The process's resident memory in kilobytes (Linux; 0 where /proc is missing).
func residentKilobytes() -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
    return 0
  }
  for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
  }
  return 0
}

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// The calling thread's CPU time in nanoseconds (unlike `now`, it does not count time spent
/// waiting for a core on a busy machine).
func cpuNow() -> UInt64 {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
  guard !sorted.isEmpty else { return 0 }
  return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))]
}

struct Row {
  var benchmark: String
  var median: Double
  var p99: Double
  var samples: Int
  var items: String
}
var rows: [Row] = []

@MainActor func record(_ name: String, _ samples: [Double], items: String) {
  let sorted = samples.sorted()
  rows.append(
    Row(
      benchmark: name, median: percentile(sorted, 0.5), p99: percentile(sorted, 0.99),
      samples: samples.count, items: items))
}

let iterations = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 60
let enterpriseCount = 100_000

let generateStart = now()
let enterprises = makeEnterprises(enterpriseCount)
let entries = enterprises.map { SearchEntry.enterprise($0, commissionerName: nil) }
let generateSeconds = Double(now() - generateStart) / 1e9

// The Han tables parse on first use: time that once, then the index builds.
let parseStart = now()
_ = SearchText.normalise("鋼")
record("parse the Han tables (first use)", [Double(now() - parseStart) / 1e3], items: "once")
var buildSamples: [Double] = []
let residentBefore = residentKilobytes()
var index = SearchIndex(entries, fieldAliases: SearchEntry.enterpriseFieldAliases)
let indexKilobytes = residentKilobytes() - residentBefore
for _ in 0..<5 {
  let start = now()
  index = SearchIndex(entries, fieldAliases: SearchEntry.enterpriseFieldAliases)
  buildSamples.append(Double(now() - start) / 1e3)
}
record("build index", buildSamples, items: "\(index.count) entries")

// `SearchBenchmarks <iterations> <query>` only types that query, for a profiler.
if CommandLine.arguments.count > 2 {
  let characters = Array(CommandLine.arguments[2])
  var incremental = IncrementalSearch(index: index)
  var byLength = [[Double]](repeating: [], count: characters.count + 1)
  var cpuByLength = [[Double]](repeating: [], count: characters.count + 1)
  var counts = [Int](repeating: 0, count: characters.count + 1)
  for _ in 0..<iterations {
    incremental.reset()
    for length in 1...characters.count {
      let start = now()
      let cpuStart = cpuNow()
      counts[length] = incremental.results(for: String(characters[0..<length])).count
      cpuByLength[length].append(Double(cpuNow() - cpuStart) / 1e3)
      byLength[length].append(Double(now() - start) / 1e3)
    }
  }
  print("typed\tmatches\tmedian_us\tp99_us\tcpu_median_us\tcpu_p99_us")
  for length in 1...characters.count {
    let sorted = byLength[length].sorted()
    let cpu = cpuByLength[length].sorted()
    print(
      "\(String(characters[0..<length]))\t\(counts[length])\t\(format(percentile(sorted, 0.5)))\t"
        + "\(format(percentile(sorted, 0.99)))\t\(format(percentile(cpu, 0.5)))\t"
        + "\(format(percentile(cpu, 0.99)))")
  }
  exit(0)
}

let queries: [(kind: String, text: String)] = [
  ("Chinese substring", "钢铁有限"),
  ("Chinese substring, traditional", "鋼鐵有限"),
  ("pinyin initials", "gtyx"),
  ("pinyin initials, polyphone", "zqgs"),
  ("full pinyin", "gangtieyouxian"),
  ("full pinyin, name prefix", "anshanshi"),
  ("USCC prefix", String(entries[4242].code.prefix(14))),
  ("USCC exact", entries[4242].code),
  ("field terms", "district:铁西 tier:key listed:yes 钢铁"),
]

// Warm up: run every query once (the first scans fault in the index's pages).
for (_, text) in queries {
  _ = index.search(SearchQuery.parse(text, fieldAliases: SearchEntry.enterpriseFieldAliases))
}

var summaries: [String] = []
for (kind, text) in queries {
  let characters = Array(text)
  var keystrokes: [Double] = []
  var byLength = [[Double]](repeating: [], count: characters.count + 1)
  var incremental = IncrementalSearch(index: index)
  var lastCount = 0
  for _ in 0..<iterations {
    incremental.reset()
    for length in 1...characters.count {
      let typed = String(characters[0..<length])
      let start = now()
      let result = incremental.results(for: typed)
      let elapsed = Double(now() - start) / 1e3
      keystrokes.append(elapsed)
      byLength[length].append(elapsed)
      lastCount = result.count
    }
  }
  record("keystroke, incremental: \(kind) `\(text)`", keystrokes, items: "\(lastCount) matches")
  // The slowest keystroke position (by its own p99), to see where the tail comes from.
  var worst = (length: 0, p99: 0.0, median: 0.0)
  for length in 1...characters.count {
    let sorted = byLength[length].sorted()
    let p99 = percentile(sorted, 0.99)
    if p99 > worst.p99 { worst = (length, p99, percentile(sorted, 0.5)) }
  }
  summaries.append(
    "slowest keystroke of `\(text)`: character \(worst.length), median "
      + "\(format(worst.median)) µs, p99 \(format(worst.p99)) µs")

  var fresh: [Double] = []
  let query = SearchQuery.parse(text, fieldAliases: SearchEntry.enterpriseFieldAliases)
  var freshCount = 0
  for _ in 0..<iterations {
    let start = now()
    freshCount = index.search(query).count
    fresh.append(Double(now() - start) / 1e3)
  }
  record("fresh full scan: \(kind) `\(text)`", fresh, items: "\(freshCount) matches")
  if freshCount != lastCount {
    summaries.append("MISMATCH for \(text): \(freshCount) vs \(lastCount)")
  }
}

// Reference: a plain byte scan of the same names (UTF-8, contiguous), for one Chinese needle.
var nameBytes: [UInt8] = []
var nameEnds: [Int] = []
for enterprise in enterprises {
  nameBytes.append(contentsOf: enterprise.name.utf8)
  nameEnds.append(nameBytes.count)
}
let needle = Array("钢铁有限".utf8)
var scanSamples: [Double] = []
var scanCount = 0
for _ in 0..<iterations {
  let start = now()
  var found = 0
  nameBytes.withUnsafeBufferPointer { hay in
    var begin = 0
    for end in nameEnds {
      var position = begin
      while position + needle.count <= end {
        if hay[position] == needle[0] {
          var matched = 1
          while matched < needle.count && hay[position + matched] == needle[matched] {
            matched += 1
          }
          if matched == needle.count {
            found += 1
            break
          }
        }
        position += 1
      }
      begin = end
    }
  }
  scanSamples.append(Double(now() - start) / 1e3)
  scanCount = found
}
record(
  "reference: plain byte scan of the names for `钢铁有限`", scanSamples,
  items: "\(scanCount) matches, \(nameBytes.count) bytes")

print(
  "\(enterpriseCount) enterprises generated in \(String(format: "%.2f", generateSeconds)) s; "
    + "\(iterations) iterations; the index added \(indexKilobytes / 1024) MB resident")
print("")
print("| benchmark | median µs | p99 µs | samples | items |")
print("| --- | --- | --- | --- | --- |")
for row in rows {
  print(
    "| \(row.benchmark) | \(format(row.median)) | \(format(row.p99)) | \(row.samples) | \(row.items) |"
  )
}
print("")
print("benchmark\tmedian_us\tp99_us\tsamples\titems")
for row in rows {
  print("\(row.benchmark)\t\(format(row.median))\t\(format(row.p99))\t\(row.samples)\t\(row.items)")
}
for line in summaries { print(line) }
