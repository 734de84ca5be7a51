#include "DemoData.h"

#include "CaseRepository.h"
#include "SearchTokens.h"
#include "core/CaseStatus.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

namespace casedesk {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr int kHistoryDays = 730;
// Cases whose applicant came before (another application, or the same one again).
constexpr int kReturningPercent = 12;
// Cases handed in with scanned documents; the others' papers stayed paper. Kept low because
// every attachment row costs about a third of a case row.
constexpr int kAttachedPercent = 10;
// The recent applicants a returning one is chosen from, so memory stays flat for any count.
constexpr int kReturningPool = 20'000;
constexpr int kPngFiles = 24;
constexpr int kPdfFiles = 12;

// xoshiro256** seeded by splitmix64: fast, and the same on every platform and Qt version, so
// a seed always gives the same demo data.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (quint64& word : m_state) {
            seed += 0x9E3779B97F4A7C15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n).
    int below(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    qint64 below64(qint64 n) { return qint64((next() >> 1) % quint64(n)); }
    bool percent(int p) { return below(100) < p; }

    template<typename T>
    const T& pick(const std::vector<T>& items)
    {
        return items[size_t(below(int(items.size())))];
    }

    // An index into weights, each chosen in proportion to its weight.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = below(total);
        int index = 0;
        for (int w : weights) {
            if (roll < w) {
                return index;
            }
            roll -= w;
            ++index;
        }
        return index - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<quint64, 4> m_state {};
};

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

// A character of a name and how a passport spells it.
struct NamePart
{
    QString hanzi;
    QString pinyin;
    int weight = 1;
};

// Entries separated by commas, each "hanzi PINYIN [weight]".
std::vector<NamePart> parts(const char* table)
{
    std::vector<NamePart> result;
    for (const QString& entry : utf8(table).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList words = entry.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        result.push_back({words.at(0), words.at(1), words.size() > 2 ? words.at(2).toInt() : 1});
    }
    return result;
}

// Entries separated by commas.
std::vector<QString> texts(const char* table)
{
    std::vector<QString> result;
    for (const QString& entry : utf8(table).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        result.push_back(entry.trimmed());
    }
    return result;
}

// A county-level division: its code opens identity numbers issued there.
struct Region
{
    int code = 0;
    QString province; // as a passport's place of birth names it
    QString prefix; // province, city and district, as an address begins
    int weight = 1;
};

// The names, places and words demo cases are made of; built once per run.
struct Vocabulary
{
    std::vector<NamePart> surnames;
    std::vector<int> surnameCumulative;
    std::vector<NamePart> maleChars;
    std::vector<NamePart> femaleChars;
    std::vector<NamePart> neutralChars;
    std::vector<QString> hongKongSurnames;
    std::vector<QString> hongKongGiven;
    std::vector<QString> englishGiven;
    std::vector<QString> portugueseGiven;
    std::vector<QString> portugueseSurnames;
    std::vector<Region> regions;
    std::vector<int> regionCumulative;
    std::vector<QString> streets;
    std::vector<QString> compounds;
    std::vector<QString> banks;
    std::vector<QString> bankBins;
    std::vector<int> mobilePrefixes;
    std::vector<QString> cities;
    std::vector<QString> brands;
    std::vector<QString> industries;
    std::vector<QString> scopes;
    std::vector<QString> lossPlaces;

    Vocabulary();
};

std::vector<int> cumulative(const std::vector<int>& weights)
{
    std::vector<int> sums;
    int total = 0;
    for (int w : weights) {
        total += w;
        sums.push_back(total);
    }
    return sums;
}

Vocabulary::Vocabulary()
{
    // Weights are roughly per hundred thousand people, after the 2020 census.
    surnames = parts(
        "王 WANG 710,李 LI 700,张 ZHANG 670,刘 LIU 540,陈 CHEN 460,杨 YANG 310,黄 HUANG 240,"
        "赵 ZHAO 230,吴 WU 210,周 ZHOU 210,徐 XU 170,孙 SUN 150,马 MA 150,朱 ZHU 140,胡 HU 130,"
        "郭 GUO 130,何 HE 120,高 GAO 120,林 LIN 120,罗 LUO 110,郑 ZHENG 100,梁 LIANG 100,"
        "谢 XIE 80,宋 SONG 80,唐 TANG 80,许 XU 70,韩 HAN 70,冯 FENG 70,邓 DENG 70,曹 CAO 70,"
        "彭 PENG 60,曾 ZENG 60,肖 XIAO 60,田 TIAN 60,董 DONG 50,袁 YUAN 50,潘 PAN 50,于 YU 50,"
        "蒋 JIANG 50,蔡 CAI 50,余 YU 50,杜 DU 50,叶 YE 50,程 CHENG 50,苏 SU 40,魏 WEI 40,"
        "吕 LYU 40,丁 DING 40,任 REN 40,沈 SHEN 40,姚 YAO 40,卢 LU 40,姜 JIANG 30,崔 CUI 30,"
        "钟 ZHONG 30,谭 TAN 30,陆 LU 30,汪 WANG 30,范 FAN 30,金 JIN 30,石 SHI 30,廖 LIAO 30,"
        "贾 JIA 30,夏 XIA 30,韦 WEI 30,付 FU 30,方 FANG 30,白 BAI 30,邹 ZOU 30,孟 MENG 30,"
        "熊 XIONG 30,秦 QIN 30,邱 QIU 30,江 JIANG 30,尹 YIN 20,薛 XUE 20,闫 YAN 20,段 DUAN 20,"
        "雷 LEI 20,侯 HOU 20,龙 LONG 20,史 SHI 20,陶 TAO 20,黎 LI 20,贺 HE 20,顾 GU 20,"
        "毛 MAO 20,郝 HAO 20,龚 GONG 20,邵 SHAO 20,万 WAN 20,钱 QIAN 20,严 YAN 20,覃 QIN 20,"
        "武 WU 20,戴 DAI 20,莫 MO 20,孔 KONG 20,向 XIANG 20,汤 TANG 20,欧阳 OUYANG 4,"
        "司马 SIMA 1,上官 SHANGGUAN 1,诸葛 ZHUGE 1");
    std::vector<int> weights;
    for (const NamePart& surname : surnames) {
        weights.push_back(surname.weight);
    }
    surnameCumulative = cumulative(weights);

    maleChars = parts(
        "伟 WEI,强 QIANG,磊 LEI,军 JUN,勇 YONG,杰 JIE,涛 TAO,斌 BIN,超 CHAO,明 MING,刚 GANG,"
        "平 PING,辉 HUI,鹏 PENG,华 HUA,飞 FEI,鑫 XIN,波 BO,宇 YU,浩 HAO,凯 KAI,健 JIAN,俊 JUN,"
        "帆 FAN,旭 XU,宁 NING,龙 LONG,洋 YANG,晨 CHEN,博 BO,文 WEN,志 ZHI,建 JIAN,国 GUO,"
        "海 HAI,东 DONG,峰 FENG,亮 LIANG,成 CHENG,永 YONG,子 ZI,轩 XUAN,泽 ZE,睿 RUI,铭 MING,"
        "天 TIAN,家 JIA,豪 HAO");
    femaleChars =
        parts("芳 FANG,娜 NA,敏 MIN,静 JING,丽 LI,艳 YAN,娟 JUAN,霞 XIA,秀 XIU,玲 LING,婷 TING,"
              "雪 XUE,慧 HUI,燕 YAN,红 HONG,梅 MEI,琳 LIN,欣 XIN,颖 YING,佳 JIA,悦 YUE,倩 QIAN,"
              "琪 QI,晶 JING,洁 JIE,瑶 YAO,怡 YI,雨 YU,萱 XUAN,涵 HAN,诗 SHI,思 SI,梦 MENG,月 YUE,"
              "兰 LAN,凤 FENG,英 YING,桂 GUI,珍 ZHEN,丹 DAN,萍 PING,婉 WAN");
    neutralChars =
        parts("晓 XIAO,春 CHUN,小 XIAO,金 JIN,立 LI,新 XIN,安 AN,乐 LE,一 YI,嘉 JIA,清 QING");

    hongKongSurnames = texts("Chan,Wong,Lee,Cheung,Lau,Leung,Ho,Lam,Ng,Tsang,Yip,Kwok,Tang,Chow,"
                             "Fung,Mak,Yeung");
    hongKongGiven = texts("Ka Wai,Siu Ming,Wing Yan,Chi Keung,Mei Ling,Ho Yin,Tsz Kin,Hoi Ting,"
                          "Kam Fai,Pui Shan,Man Kit,Yuk Lan");
    englishGiven = texts("Peter,Mary,Michael,Karen,Jason,Winnie,Kelvin,Queenie,Eric,Cherry,"
                         "Raymond,Joyce,Alan,Fiona");
    portugueseGiven = texts("Maria,João,Ana,Carlos,Sofia,Miguel,Isabel,José,Rita,Paulo");
    portugueseSurnames = texts("Fernandes,da Silva,Rodrigues,Lopes,Gomes,Pereira,dos Santos,"
                               "Marques,Rosário,Xavier");

    // "code province prefix weight": real county-level codes, most of them Beijing's, where
    // the demo counter stands.
    const char* const regionTable =
        "110101 北京 北京市东城区 60,110102 北京 北京市西城区 60,110105 北京 北京市朝阳区 90,"
        "110106 北京 北京市丰台区 60,110108 北京 北京市海淀区 110,120101 天津 天津市和平区 12,"
        "130102 河北 河北省石家庄市长安区 25,140105 山西 山西省太原市小店区 10,"
        "150102 内蒙古 内蒙古自治区呼和浩特市新城区 6,210102 辽宁 辽宁省沈阳市和平区 10,"
        "220102 吉林 吉林省长春市南关区 6,230102 黑龙江 黑龙江省哈尔滨市道里区 8,"
        "310101 上海 上海市黄浦区 8,310104 上海 上海市徐汇区 8,310115 上海 上海市浦东新区 10,"
        "320102 江苏 江苏省南京市玄武区 10,320505 江苏 江苏省苏州市虎丘区 8,"
        "330106 浙江 浙江省杭州市西湖区 10,340102 安徽 安徽省合肥市瑶海区 10,"
        "350102 福建 福建省福州市鼓楼区 6,360102 江西 江西省南昌市东湖区 6,"
        "370102 山东 山东省济南市历下区 14,370202 山东 山东省青岛市市南区 8,"
        "410105 河南 河南省郑州市金水区 16,420106 湖北 湖北省武汉市武昌区 10,"
        "430102 湖南 湖南省长沙市芙蓉区 8,440104 广东 广东省广州市越秀区 8,"
        "440106 广东 广东省广州市天河区 8,440304 广东 广东省深圳市福田区 8,"
        "450102 广西 广西壮族自治区南宁市兴宁区 5,460105 海南 海南省海口市秀英区 3,"
        "500103 重庆 重庆市渝中区 8,510107 四川 四川省成都市武侯区 10,"
        "520102 贵州 贵州省贵阳市南明区 5,530102 云南 云南省昆明市五华区 5,"
        "540102 西藏 西藏自治区拉萨市城关区 2,610113 陕西 陕西省西安市雁塔区 8,"
        "620102 甘肃 甘肃省兰州市城关区 5,630102 青海 青海省西宁市城东区 2,"
        "640104 宁夏 宁夏回族自治区银川市兴庆区 2,650102 新疆 新疆维吾尔自治区乌鲁木齐市天山区 4";
    weights.clear();
    for (const QString& entry : texts(regionTable)) {
        const QStringList words = entry.split(QLatin1Char(' '));
        regions.push_back({words.at(0).toInt(), words.at(1), words.at(2), words.at(3).toInt()});
        weights.push_back(regions.back().weight);
    }
    regionCumulative = cumulative(weights);

    streets = texts("人民路,解放路,中山路,建设路,和平路,胜利路,新华路,文化路,幸福路,长江路,"
                    "黄河路,光明街,朝阳路,健康路,青年路,东风路,滨江路,学府路,复兴大街,育才路,"
                    "北环路,工农路");
    compounds = texts("阳光花园,金色家园,翠湖小区,和谐家园,锦绣华庭,南湖小区,世纪花园,书香苑,"
                      "枫林绿洲,丽都花园,春晖园,望京新城");
    // Each bank with the first six digits of its debit cards.
    banks = texts("中国工商银行,中国农业银行,中国银行,中国建设银行,交通银行,中国邮政储蓄银行,"
                  "招商银行,北京农商银行");
    bankBins = texts("622202,622848,621661,621700,622260,621799,622588,621067");
    for (const QString& prefix :
         texts("130,131,132,133,134,135,136,137,138,139,147,150,151,152,153,155,156,157,158,159,"
               "166,173,175,176,177,178,180,181,182,183,184,185,186,187,188,189,191,198,199")) {
        mobilePrefixes.push_back(prefix.toInt());
    }
    cities = texts("北京,上海,广州,深圳,杭州,成都,武汉,南京,天津");
    brands = texts("华信,恒通,鑫源,博远,天成,瑞丰,中科,盛达,宏图,锦程,新元,汇智,金桥,远航,云帆,"
                   "正和,同创,佳禾");
    industries = texts("科技,商贸,餐饮管理,建筑工程,文化传媒,电子,物流,咨询服务,医药,教育科技,"
                       "环保科技,食品");
    // Separated by "|", since the scopes hold commas of their own.
    for (const QString& scope :
         utf8("技术开发、技术咨询、技术服务；软件开发；销售电子产品、计算机软硬件。|"
              "餐饮服务；食品销售；餐饮管理；会议服务。|"
              "道路货物运输；仓储服务（不含危险化学品）；装卸搬运；国内货物运输代理。|"
              "组织文化艺术交流活动；广告设计、代理、制作、发布；企业形象策划。|"
              "销售医疗器械（限一类、二类）；健康咨询服务（不含诊疗服务）。|"
              "建筑工程施工；室内装饰装修；建筑材料销售；工程管理服务。|"
              "教育咨询服务（不含涉许可审批的教育培训活动）；图书销售。")
             .split(QLatin1Char('|'))) {
        scopes.push_back(scope);
    }
    lossPlaces = texts("出差途中在火车站,在机场候机时,搬家过程中,在商场购物时,乘坐出租车时,"
                       "在酒店退房时,旅游途中");
}

QString digitsOf(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

// GB 11643: ISO 7064 MOD 11-2 over the first 17 digits.
QChar residentIdCheck(const QString& first17)
{
    static constexpr std::array<int, 17> weights {
        7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += (first17.at(i).unicode() - u'0') * weights[size_t(i)];
    }
    const int check = (12 - sum % 11) % 11;
    return check == 10 ? QLatin1Char('X') : QChar(char16_t(u'0' + check));
}

const QString kCreditAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// GB 32100: the unified social credit code's last character.
QChar creditCodeCheck(const QString& first17)
{
    static constexpr std::array<int, 17> weights {
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += int(kCreditAlphabet.indexOf(first17.at(i))) * weights[size_t(i)];
    }
    return kCreditAlphabet.at((31 - sum % 31) % 31);
}

// GB 11714: the check character of the organisation code inside a credit code.
QChar organisationCodeCheck(const QString& first8)
{
    static constexpr std::array<int, 8> weights {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        sum += (first8.at(i).unicode() - u'0') * weights[size_t(i)];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? QLatin1Char('X') : QChar(char16_t(u'0' + (check == 11 ? 0 : check)));
}

// The Luhn digit every bank card number ends with.
QChar luhnCheck(const QString& digits)
{
    int sum = 0;
    bool twice = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (twice) {
            d *= 2;
            d = d > 9 ? d - 9 : d;
        }
        sum += d;
        twice = !twice;
    }
    return QChar(char16_t(u'0' + (10 - sum % 10) % 10));
}

// Howard Hinnant's days-from-civil, inverted: the date of a day count since 1970-01-01.
void civilFromDays(qint64 days, int* year, int* month, int* day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

// The same text as QDateTime::toString(Qt::ISODateWithMs) gives for a UTC time, in a
// fraction of the time: "2025-03-14T02:31:05.123Z".
QString utcTimestamp(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / kDayMs : (ms - kDayMs + 1) / kDayMs;
    qint64 rest = ms - days * kDayMs;
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    char text[25];
    const auto two = [&text](int at, int value) {
        text[at] = char('0' + value / 10);
        text[at + 1] = char('0' + value % 10);
    };
    text[0] = char('0' + year / 1000);
    text[1] = char('0' + year / 100 % 10);
    two(2, year % 100);
    text[4] = '-';
    two(5, month);
    text[7] = '-';
    two(8, day);
    text[10] = 'T';
    two(11, int(rest / 3'600'000));
    rest %= 3'600'000;
    text[13] = ':';
    two(14, int(rest / 60'000));
    rest %= 60'000;
    text[16] = ':';
    two(17, int(rest / 1000));
    rest %= 1000;
    text[19] = '.';
    text[20] = char('0' + rest / 100);
    two(21, int(rest % 100));
    text[23] = 'Z';
    text[24] = '\0';
    return QString::fromLatin1(text, 24);
}

// A UUIDv7 like IdGenerator's, but with the record's own time and seeded random bits, so
// demo ids sort by intake time and repeat with the seed.
QString demoId(qint64 ms, Random& random)
{
    std::array<uchar, 16> bytes {};
    for (int i = 0; i < 6; ++i) {
        bytes[size_t(i)] = uchar(quint64(ms) >> (40 - 8 * i));
    }
    const quint64 bits = random.next();
    const quint64 more = random.next();
    bytes[6] = uchar(0x70 | ((bits >> 8) & 0x0F));
    bytes[7] = uchar(bits);
    for (int i = 0; i < 8; ++i) {
        bytes[size_t(8 + i)] = uchar(more >> (56 - 8 * i));
    }
    bytes[8] = uchar(0x80 | (bytes[8] & 0x3F));
    return QUuid::fromRfc4122(
               QByteArrayView(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())))
        .toString(QUuid::WithoutBraces);
}

quint32 crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) != 0 ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            }
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data) {
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFU;
}

void appendBigEndian(QByteArray& out, quint32 value)
{
    out.append(char(value >> 24));
    out.append(char(value >> 16));
    out.append(char(value >> 8));
    out.append(char(value));
}

void appendChunk(QByteArray& png, const char* type, const QByteArray& data)
{
    appendBigEndian(png, quint32(data.size()));
    QByteArray typed = QByteArray(type, 4) + data;
    png += typed;
    appendBigEndian(png, crc32(typed));
}

// A small grey "scan" of a page: light paper, noise, and dark strokes where lines of text
// would be. Written by hand so the intake module needs no Qt Gui.
QByteArray makePng(Random& random)
{
    const int width = 96 + random.below(64);
    const int height = 128 + random.below(64);
    QByteArray raw;
    raw.reserve((width + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter: none
        const bool textLine = y > 12 && y < height - 12 && (y / 6) % 2 == 0;
        const int lineEnd = textLine ? width - 10 - random.below(width / 2) : 0;
        for (int x = 0; x < width; ++x) {
            int value = 236 + random.below(16);
            if (textLine && x > 10 && x < lineEnd && random.percent(45)) {
                value = 40 + random.below(60);
            }
            raw.append(char(value));
        }
    }
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append(char(8)); // bit depth
    header.append(char(0)); // greyscale
    header.append(3, '\0'); // compression, filter, interlace

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    // qCompress writes a zlib stream behind a four-byte length, and PNG wants the stream.
    appendChunk(png, "IDAT", qCompress(raw, 6).mid(4));
    appendChunk(png, "IEND", {});
    return png;
}

// A small valid PDF of a few pages of text, with a correct cross-reference table.
QByteArray makePdf(int number, int pages)
{
    QList<QByteArray> objects;
    QByteArray kids;
    for (int page = 0; page < pages; ++page) {
        kids += QByteArray::number(4 + 2 * page) + " 0 R ";
    }
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append("<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count "
                   + QByteArray::number(pages) + " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int page = 0; page < pages; ++page) {
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                       "<< /F1 3 0 R >> >> /Contents "
                       + QByteArray::number(5 + 2 * page) + " 0 R >>");
        const QByteArray text = "BT /F1 14 Tf 72 770 Td (CaseDesk demonstration document "
            + QByteArray::number(number) + ", page " + QByteArray::number(page + 1) + " of "
            + QByteArray::number(pages) + ") Tj ET";
        objects.append("<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text
                       + "\nendstream");
    }
    QByteArray pdf("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// A generated file of the run's pool, stored once by its hash.
struct PoolFile
{
    QString sha256;
    QString mediaType;
    QString extension;
    QByteArray content;
    int pages = 1;
};

struct Person
{
    QString applicantId;
    QString name;
    QString pinyin; // empty for Latin names
    QString idNumber;
    QString phone;
    QDate birth;
    bool male = true;
    int region = 0;
};

struct Enterprise
{
    QString applicantId;
    QString name;
    QString creditCode;
    QString contactName;
    QString contactPhone;
    QString legalRepName;
    QString legalRepId;
    int region = 0;
};

// One demo case ready to be written.
struct DemoCase
{
    int type = 0;
    qint64 createdMs = 0;
    CaseStatus status = CaseStatus::Received;
    int moves = 0;
    QJsonObject fields;
    QString applicantName;
    QString idKind;
    QString idNumber;
    QString phone;
    QString applicantId;
    bool newApplicant = true;
};

// The statements a run writes through, prepared once.
struct Writers
{
    explicit Writers(const Database& database)
        : applicant(database,
                    "INSERT INTO applicants (id, name, id_kind, id_number, phone, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        , caseRow(database,
                  "INSERT INTO cases (rowid, id, number, case_type, case_type_version, status, "
                  "applicant_id, fields, fee_fen, taken_in_by, created_at, updated_at, version) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , search(database, "INSERT INTO case_search (docid, tokens) VALUES (?, ?)")
        , attachment(database,
                     "INSERT INTO attachments (id, case_id, document, sha256, file_name, "
                     "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        , numberDay(database,
                    "INSERT OR REPLACE INTO case_number_days (day, last_sequence) VALUES (?, ?)")
    { }

    Statement applicant;
    Statement caseRow;
    Statement search;
    Statement attachment;
    Statement numberDay;
};

// The answers and applicants of demo cases, drawn from one seeded stream.
class CaseMaker
{
public:
    CaseMaker(const QList<CaseType>& types, quint64 seed)
        : m_random(seed)
    {
        for (const CaseType& type : types) {
            m_kinds.append(kindOf(type.id()));
        }
    }

    enum class Kind
    {
        Pension,
        Passport,
        Business,
        Unknown
    };

    Random& random() { return m_random; }

    void reserveKnownNumbers(const QStringList& keys)
    {
        for (const QString& key : keys) {
            m_usedNumbers.insert(qHash(key));
        }
    }

    // The index of a case type to generate; -1 when none of the shipped ones is there.
    int pickType()
    {
        const int kind = m_random.weighted({40, 45, 15});
        const int index = int(m_kinds.indexOf(Kind(kind)));
        return index >= 0 ? index : int(m_kinds.indexOf(Kind::Pension));
    }

    [[nodiscard]] bool knows(int type) const
    {
        return m_kinds.value(type, Kind::Unknown) != Kind::Unknown;
    }

    DemoCase make(int type, qint64 createdMs, const QDate& day)
    {
        DemoCase demo;
        demo.type = type;
        demo.createdMs = createdMs;
        switch (m_kinds.at(type)) {
        case Kind::Pension:
            makePension(demo, day);
            break;
        case Kind::Passport:
            makePassport(demo, day);
            break;
        case Kind::Business:
        case Kind::Unknown:
            makeBusiness(demo, day);
            break;
        }
        return demo;
    }

private:
    static Kind kindOf(const QString& id)
    {
        if (id == QLatin1String("pension-enrolment")) {
            return Kind::Pension;
        }
        if (id == QLatin1String("passport-application")) {
            return Kind::Passport;
        }
        if (id == QLatin1String("business-licence-change")) {
            return Kind::Business;
        }
        return Kind::Unknown;
    }

    int pickRegion()
    {
        const int roll = m_random.below(m_vocabulary.regionCumulative.back());
        const auto at = std::upper_bound(
            m_vocabulary.regionCumulative.cbegin(), m_vocabulary.regionCumulative.cend(), roll);
        return int(at - m_vocabulary.regionCumulative.cbegin());
    }

    const NamePart& pickSurname()
    {
        const int roll = m_random.below(m_vocabulary.surnameCumulative.back());
        const auto at = std::upper_bound(
            m_vocabulary.surnameCumulative.cbegin(), m_vocabulary.surnameCumulative.cend(), roll);
        return m_vocabulary.surnames[size_t(at - m_vocabulary.surnameCumulative.cbegin())];
    }

    const NamePart& givenChar(bool male)
    {
        if (m_random.percent(20)) {
            return m_random.pick(m_vocabulary.neutralChars);
        }
        return m_random.pick(male ? m_vocabulary.maleChars : m_vocabulary.femaleChars);
    }

    // A Chinese name of two or three characters, and its passport spelling.
    std::pair<QString, QString> chineseName(bool male)
    {
        const NamePart& surname = pickSurname();
        QString name = surname.hanzi;
        QString given;
        const bool twoGiven = surname.hanzi.size() == 1 && m_random.percent(60);
        const NamePart& first = givenChar(male);
        name += first.hanzi;
        given += first.pinyin;
        if (twoGiven) {
            const NamePart& second = givenChar(male);
            name += second.hanzi;
            given += second.pinyin;
        }
        return {name, surname.pinyin + QLatin1Char(' ') + given};
    }

    QString latinName(bool hongKong)
    {
        if (hongKong) {
            const QString& surname = m_random.pick(m_vocabulary.hongKongSurnames);
            if (m_random.percent(40)) {
                return m_random.pick(m_vocabulary.englishGiven) + QLatin1Char(' ') + surname;
            }
            return surname + QLatin1Char(' ') + m_random.pick(m_vocabulary.hongKongGiven);
        }
        return m_random.pick(m_vocabulary.portugueseGiven) + QLatin1Char(' ')
            + m_random.pick(m_vocabulary.portugueseSurnames);
    }

    QString mobile()
    {
        return QString::number(m_random.pick(m_vocabulary.mobilePrefixes))
            + digitsOf(m_random.below(100'000'000), 8);
    }

    QString address(int region)
    {
        const Vocabulary& v = m_vocabulary;
        QString text = v.regions[size_t(region)].prefix + m_random.pick(v.streets)
            + QString::number(1 + m_random.below(300)) + QStringLiteral("号");
        if (m_random.percent(70)) {
            text += m_random.pick(v.compounds) + QString::number(1 + m_random.below(30))
                + QStringLiteral("号楼") + QString::number(1 + m_random.below(6))
                + QStringLiteral("单元") + QString::number(1 + m_random.below(28))
                + digitsOf(1 + m_random.below(4), 2) + QStringLiteral("室");
        }
        return text;
    }

    // A birth date making the person between minAge and maxAge years old on the day.
    QDate birthDate(const QDate& day, int minAge, int maxAge)
    {
        const QDate latest = day.addYears(-minAge);
        const QDate earliest = day.addYears(-maxAge);
        return earliest.addDays(m_random.below64(earliest.daysTo(latest)));
    }

    // A resident identity number nobody else in the store has: region, birth date, a
    // sequence whose last digit is odd for men, and the check character.
    QString residentId(const QString& region, const QDate& birth, bool male, bool unique)
    {
        for (;;) {
            const int sequence = m_random.below(500) * 2 + (male ? 1 : 0);
            const QString first17 =
                region + birth.toString(QStringLiteral("yyyyMMdd")) + digitsOf(sequence, 3);
            const QString id = first17 + residentIdCheck(first17);
            if (!unique || reserve(QStringLiteral("resident-id:") + id)) {
                return id;
            }
        }
    }

    bool reserve(const QString& key) { return m_usedNumbers.insert(qHash(key)).second; }

    Person newPerson(const QDate& day, int minAge, int maxAge, int latinPercent)
    {
        Person person;
        person.male = m_random.percent(50);
        person.birth = birthDate(day, minAge, maxAge);
        person.region = pickRegion();
        QString regionCode = QString::number(m_vocabulary.regions[size_t(person.region)].code);
        if (m_random.percent(latinPercent)) {
            // Hong Kong and Macao residents living on the mainland hold residence permits
            // whose numbers begin 810000 and 820000 and follow GB 11643.
            const bool hongKong = m_random.percent(70);
            regionCode = hongKong ? QStringLiteral("810000") : QStringLiteral("820000");
            person.name = latinName(hongKong);
        } else {
            const auto [name, pinyin] = chineseName(person.male);
            person.name = name;
            person.pinyin = pinyin;
        }
        person.idNumber = residentId(regionCode, person.birth, person.male, true);
        person.phone = mobile();
        person.applicantId.clear();
        return person;
    }

    // A returning applicant now and then, otherwise a new one remembered for later.
    Person& person(const QDate& day, int minAge, int maxAge, int latinPercent, bool* isNew)
    {
        if (!m_people.empty() && m_random.percent(kReturningPercent)) {
            Person& known = m_people[size_t(m_random.below(int(m_people.size())))];
            const bool oldEnough = known.birth <= day.addYears(-minAge);
            if (oldEnough && (latinPercent > 0 || !known.pinyin.isEmpty())) {
                *isNew = false;
                return known;
            }
        }
        *isNew = true;
        if (m_people.size() < size_t(kReturningPool)) {
            m_people.push_back(newPerson(day, minAge, maxAge, latinPercent));
            return m_people.back();
        }
        Person& slot = m_people[size_t(m_nextPersonSlot)];
        m_nextPersonSlot = (m_nextPersonSlot + 1) % kReturningPool;
        slot = newPerson(day, minAge, maxAge, latinPercent);
        return slot;
    }

    void setApplicant(DemoCase& demo, const QString& idKind, Person& who, bool isNew)
    {
        if (isNew) {
            who.applicantId = demoId(demo.createdMs, m_random);
        }
        demo.applicantId = who.applicantId;
        demo.newApplicant = isNew;
        demo.applicantName = who.name;
        demo.idKind = idKind;
        demo.idNumber = who.idNumber;
        demo.phone = who.phone;
    }

    QString sexOf(const Person& who) const
    {
        return who.male ? QStringLiteral("male") : QStringLiteral("female");
    }

    void makePension(DemoCase& demo, const QDate& day)
    {
        bool isNew = true;
        Person& who = person(day, 16, 64, 6, &isNew);
        setApplicant(demo, QStringLiteral("resident-id"), who, isNew);
        const Vocabulary& v = m_vocabulary;
        QJsonObject& f = demo.fields;
        f.insert(QStringLiteral("applicant_name"), who.name);
        f.insert(QStringLiteral("id_number"), who.idNumber);
        f.insert(QStringLiteral("sex"), sexOf(who));
        f.insert(QStringLiteral("birth_date"), who.birth.toString(Qt::ISODate));
        f.insert(QStringLiteral("phone"), who.phone);
        f.insert(QStringLiteral("household_address"), address(who.region));
        if (m_random.percent(30)) {
            f.insert(QStringLiteral("residential_address"), address(pickRegion()));
        }
        if (m_random.percent(70)) {
            static const QStringList grades = {QStringLiteral("200"),
                                               QStringLiteral("300"),
                                               QStringLiteral("500"),
                                               QStringLiteral("1000"),
                                               QStringLiteral("2000"),
                                               QStringLiteral("5000")};
            f.insert(QStringLiteral("insurance_type"), QStringLiteral("urban_rural_residents"));
            f.insert(QStringLiteral("contribution_grade"),
                     grades.at(m_random.weighted({30, 25, 20, 12, 8, 5})));
        } else {
            static const QStringList bases = {QStringLiteral("60"),
                                              QStringLiteral("80"),
                                              QStringLiteral("100"),
                                              QStringLiteral("150")};
            f.insert(QStringLiteral("insurance_type"), QStringLiteral("employees_flexible"));
            f.insert(QStringLiteral("contribution_base"),
                     bases.at(m_random.weighted({55, 20, 20, 5})));
        }
        const int bank = m_random.below(int(v.banks.size()));
        f.insert(QStringLiteral("bank_name"), v.banks[size_t(bank)]);
        const QString bin = v.bankBins[size_t(bank)];
        const QString account = bin + digitsOf(m_random.below64(1'000'000'000'000LL), 12);
        f.insert(QStringLiteral("bank_account"), account + luhnCheck(account));
        if (m_random.percent(15)) {
            static const QStringList relations = {QStringLiteral("spouse"),
                                                  QStringLiteral("child"),
                                                  QStringLiteral("parent"),
                                                  QStringLiteral("other_relative"),
                                                  QStringLiteral("committee_staff")};
            const bool male = m_random.percent(50);
            const QDate birth = birthDate(day, 20, 70);
            f.insert(QStringLiteral("applied_by_agent"), QStringLiteral("yes"));
            f.insert(QStringLiteral("agent_relationship"),
                     relations.at(m_random.weighted({30, 35, 10, 15, 10})));
            f.insert(QStringLiteral("agent_name"), chineseName(male).first);
            f.insert(
                QStringLiteral("agent_id_number"),
                residentId(
                    QString::number(v.regions[size_t(pickRegion())].code), birth, male, false));
            f.insert(QStringLiteral("agent_phone"), mobile());
        } else {
            f.insert(QStringLiteral("applied_by_agent"), QStringLiteral("no"));
        }
    }

    QString previousPassport()
    {
        if (m_random.percent(40)) {
            return QLatin1Char('E') + digitsOf(m_random.below(100'000'000), 8);
        }
        static const QString letters = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
        return QLatin1Char('E') + letters.at(m_random.below(int(letters.size())))
            + digitsOf(m_random.below(10'000'000), 7);
    }

    void makePassport(DemoCase& demo, const QDate& day)
    {
        bool isNew = true;
        // Only citizens apply for a passport, so these applicants always have a Chinese name.
        Person& who = person(day, 3, 75, 0, &isNew);
        setApplicant(demo, QStringLiteral("resident-id"), who, isNew);
        const Vocabulary& v = m_vocabulary;
        QJsonObject& f = demo.fields;
        f.insert(QStringLiteral("name"), who.name);
        f.insert(QStringLiteral("name_pinyin"), who.pinyin);
        f.insert(QStringLiteral("id_number"), who.idNumber);
        f.insert(QStringLiteral("sex"), sexOf(who));
        f.insert(QStringLiteral("birth_date"), who.birth.toString(Qt::ISODate));
        f.insert(QStringLiteral("birth_place"), v.regions[size_t(who.region)].province);
        f.insert(QStringLiteral("phone"), who.phone);
        f.insert(QStringLiteral("residential_address"), address(pickRegion()));
        f.insert(QStringLiteral("emergency_contact_name"), chineseName(m_random.percent(50)).first);
        f.insert(QStringLiteral("emergency_contact_phone"), mobile());
        static const QStringList kinds = {QStringLiteral("first_issue"),
                                          QStringLiteral("renewal"),
                                          QStringLiteral("damaged"),
                                          QStringLiteral("lost_or_stolen")};
        const int kind = m_random.weighted({55, 35, 3, 7});
        f.insert(QStringLiteral("application_type"), kinds.at(kind));
        if (kind == 1 || kind == 2 || (kind == 3 && m_random.percent(60))) {
            f.insert(QStringLiteral("previous_passport_number"), previousPassport());
        }
        if (kind == 3) {
            const QDate lost = day.addDays(-1 - m_random.below(60));
            f.insert(QStringLiteral("loss_circumstances"),
                     QStringLiteral("%1年%2月%3日%4遗失护照，已向当地公安机关报失。")
                         .arg(lost.year())
                         .arg(lost.month())
                         .arg(lost.day())
                         .arg(m_random.pick(v.lossPlaces)));
        }
    }

    Enterprise newEnterprise(const QDate& day)
    {
        const Vocabulary& v = m_vocabulary;
        Enterprise firm;
        firm.region = pickRegion();
        firm.name = m_random.pick(v.cities) + m_random.pick(v.brands) + m_random.pick(v.industries)
            + QStringLiteral("有限公司");
        for (;;) {
            const QString organisation = digitsOf(m_random.below(100'000'000), 8);
            const QString first17 = QStringLiteral("91")
                + QString::number(v.regions[size_t(firm.region)].code) + organisation
                + organisationCodeCheck(organisation);
            firm.creditCode = first17 + creditCodeCheck(first17);
            if (reserve(QStringLiteral("credit-code:") + firm.creditCode)) {
                break;
            }
        }
        const bool male = m_random.percent(65);
        firm.legalRepName = chineseName(male).first;
        firm.legalRepId = residentId(QString::number(v.regions[size_t(pickRegion())].code),
                                     birthDate(day, 25, 65),
                                     male,
                                     false);
        firm.contactName = chineseName(m_random.percent(50)).first;
        firm.contactPhone = mobile();
        return firm;
    }

    void makeBusiness(DemoCase& demo, const QDate& day)
    {
        Enterprise* firm = nullptr;
        bool isNew = true;
        if (!m_firms.empty() && m_random.percent(kReturningPercent)) {
            firm = &m_firms[size_t(m_random.below(int(m_firms.size())))];
            isNew = false;
        } else if (m_firms.size() < size_t(kReturningPool)) {
            m_firms.push_back(newEnterprise(day));
            firm = &m_firms.back();
        } else {
            firm = &m_firms[size_t(m_nextFirmSlot)];
            m_nextFirmSlot = (m_nextFirmSlot + 1) % kReturningPool;
            *firm = newEnterprise(day);
        }
        if (isNew) {
            firm->applicantId = demoId(demo.createdMs, m_random);
        }
        demo.applicantId = firm->applicantId;
        demo.newApplicant = isNew;
        demo.applicantName = firm->name;
        demo.idKind = QStringLiteral("credit-code");
        demo.idNumber = firm->creditCode;
        demo.phone = firm->contactPhone;

        const Vocabulary& v = m_vocabulary;
        QJsonObject& f = demo.fields;
        f.insert(QStringLiteral("enterprise_name"), firm->name);
        f.insert(QStringLiteral("credit_code"), firm->creditCode);
        f.insert(QStringLiteral("legal_rep_name"), firm->legalRepName);
        f.insert(QStringLiteral("legal_rep_id_number"), firm->legalRepId);
        static const QStringList items = {QStringLiteral("name"),
                                          QStringLiteral("address"),
                                          QStringLiteral("legal_representative"),
                                          QStringLiteral("business_scope"),
                                          QStringLiteral("registered_capital")};
        const int item = m_random.weighted({10, 30, 15, 25, 20});
        f.insert(QStringLiteral("change_item"), items.at(item));
        switch (item) {
        case 0:
            f.insert(QStringLiteral("new_name"),
                     m_random.pick(v.cities) + m_random.pick(v.brands) + m_random.pick(v.industries)
                         + QStringLiteral("有限公司"));
            break;
        case 1:
            f.insert(QStringLiteral("new_address"), address(pickRegion()));
            break;
        case 2: {
            const bool male = m_random.percent(65);
            f.insert(QStringLiteral("new_legal_rep_name"), chineseName(male).first);
            f.insert(QStringLiteral("new_legal_rep_id_number"),
                     residentId(QString::number(v.regions[size_t(pickRegion())].code),
                                birthDate(day, 25, 65),
                                male,
                                false));
            break;
        }
        case 3:
            f.insert(QStringLiteral("new_business_scope"), m_random.pick(v.scopes));
            break;
        default:
            // Between 1 and 50 million yuan, in steps of 100,000 yuan; kept in fen.
            f.insert(QStringLiteral("new_registered_capital"),
                     double(qint64(10 + m_random.below(491)) * 100'000 * 100));
            break;
        }
        f.insert(QStringLiteral("contact_name"), firm->contactName);
        f.insert(QStringLiteral("contact_phone"), firm->contactPhone);
    }

    QList<Kind> m_kinds;
    Random m_random;
    Vocabulary m_vocabulary;
    std::vector<Person> m_people;
    std::vector<Enterprise> m_firms;
    int m_nextPersonSlot = 0;
    int m_nextFirmSlot = 0;
    std::unordered_set<size_t> m_usedNumbers;
};

// The moments of intake, oldest first: counter hours on working days (Saturday mornings
// too) over the history, never after now, with Mondays busiest.
class Timeline
{
public:
    struct Day
    {
        QDate date;
        qint64 openMs = 0; // UTC
        qint64 closeMs = 0;
        qint64 cases = 0;
    };

    Timeline(const QDateTime& now, qint64 count)
    {
        const QDate today = now.toLocalTime().date();
        const qint64 nowMs = now.toMSecsSinceEpoch();
        std::vector<double> weights;
        double total = 0;
        for (int back = kHistoryDays; back >= 0; --back) {
            const QDate date = today.addDays(-back);
            const int weekday = date.dayOfWeek();
            if (weekday == Qt::Sunday) {
                continue;
            }
            const bool saturday = weekday == Qt::Saturday;
            Day day;
            day.date = date;
            day.openMs = QDateTime(date, saturday ? QTime(9, 0) : QTime(8, 30), Qt::LocalTime)
                             .toMSecsSinceEpoch();
            day.closeMs =
                std::min(QDateTime(date, saturday ? QTime(12, 0) : QTime(17, 30), Qt::LocalTime)
                             .toMSecsSinceEpoch(),
                         nowMs);
            if (day.closeMs <= day.openMs) {
                continue;
            }
            const double weight = (saturday ? 0.3 : (weekday == Qt::Monday ? 1.25 : 1.0))
                * double(day.closeMs - day.openMs) / double(9 * 3600 * 1000);
            weights.push_back(weight);
            total += weight;
            m_days.push_back(day);
        }
        // Rounding the running sum gives whole counts that add up to exactly count.
        double running = 0;
        qint64 given = 0;
        for (size_t i = 0; i < m_days.size(); ++i) {
            running += weights[i];
            const qint64 upTo = qint64(double(count) * running / total + 0.5);
            m_days[i].cases = std::min(count, upTo) - given;
            given += m_days[i].cases;
        }
        if (!m_days.empty()) {
            m_days.back().cases += count - given;
        }
    }

    [[nodiscard]] const std::vector<Day>& days() const { return m_days; }

private:
    std::vector<Day> m_days;
};

// The status a case of that age has reached, and how many moves it took.
std::pair<CaseStatus, int> statusForAge(Random& random, double ageDays, int processingDays)
{
    if (ageDays < 1) {
        return random.percent(70) ? std::pair {CaseStatus::Received, 0}
                                  : std::pair {CaseStatus::Checked, 1};
    }
    if (ageDays < processingDays) {
        switch (random.weighted({10, 40, 50})) {
        case 0:
            return {CaseStatus::Received, 0};
        case 1:
            return {CaseStatus::Checked, 1};
        default:
            return {CaseStatus::AwaitingApproval, 2};
        }
    }
    if (ageDays < processingDays + 14) {
        switch (random.weighted({15, 55, 8, 22})) {
        case 0:
            return {CaseStatus::AwaitingApproval, 2};
        case 1:
            return {CaseStatus::Approved, 3};
        case 2:
            return {CaseStatus::Rejected, 3};
        default:
            return {CaseStatus::Closed, 4};
        }
    }
    switch (random.weighted({3, 7, 90})) {
    case 0:
        return {CaseStatus::Approved, 3};
    case 1:
        return {CaseStatus::Rejected, 3};
    default:
        return {CaseStatus::Closed, 4};
    }
}

QByteArray jsonText(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Text is kept in UTF-8, made by the thread that makes the cases, so the writing thread only
// binds it.
struct ReadyAttachment
{
    QByteArray id;
    QByteArray document;
    QByteArray sha256;
    QByteArray fileName;
};

// A case with everything made, ready to bind.
struct ReadyCase
{
    QDate day;
    QString dayText;
    QByteArray caseId;
    QByteArray caseType;
    qint64 caseTypeVersion = 1;
    qint64 feeFen = 0;
    QByteArray status;
    qint64 version = 1;
    QByteArray fields;
    QByteArray clerk;
    QByteArray created;
    QByteArray updated;
    QByteArray applicantId;
    QByteArray applicantName;
    QByteArray idKind;
    QByteArray idNumber;
    QByteArray phone;
    bool newApplicant = true;
    QList<ReadyAttachment> attachments;
    // Numbered after the day's last sequence as the store held it when the run began; the
    // writer renumbers the day's cases if a clerk took one in meanwhile.
    qint64 sequence = 0;
    QByteArray number;
    QByteArray searchTokens;
};

using Chunk = std::vector<ReadyCase>;

// Hands chunks of made cases from the thread that makes them to the one that writes them,
// holding a few at most so memory stays flat. Written chunks go back to be freed by the
// thread that allocated them, which spares the writer the allocator's cross-thread locking.
class ChunkQueue
{
public:
    static constexpr size_t kChunkCases = 1000;
    static constexpr size_t kMaximumChunks = 8;

    // False when the writer gave up.
    bool push(Chunk chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || m_chunks.size() < kMaximumChunks; });
        if (m_cancelled) {
            return false;
        }
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
        return true;
    }

    // Empty once the maker is done and everything was taken.
    Chunk pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_finished || !m_chunks.empty(); });
        if (m_chunks.empty()) {
            return {};
        }
        Chunk chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return chunk;
    }

    void giveBack(Chunk chunk)
    {
        const std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(chunk));
    }

    // Frees the chunks given back, outside the lock.
    void dropSpent()
    {
        std::vector<Chunk> spent;
        {
            const std::lock_guard lock(m_mutex);
            spent.swap(m_spent);
        }
    }

    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_chunks;
    std::vector<Chunk> m_spent;
    bool m_finished = false;
    bool m_cancelled = false;
};

// Everything a run draws from its seed, in one stream, so a seed always gives the same cases
// whichever thread writes them.
class CaseStream
{
public:
    CaseStream(const QList<CaseType>& types,
               CaseMaker& maker,
               const QStringList& clerks,
               const std::vector<PoolFile>& pngs,
               const std::vector<PoolFile>& pdfs,
               const QDateTime& now,
               qint64 count,
               QString deviceId,
               QHash<QString, qint64> lastSequences)
        : m_types(types)
        , m_maker(maker)
        , m_pngs(pngs)
        , m_pdfs(pdfs)
        , m_nowMs(now.toMSecsSinceEpoch())
        , m_timeline(now, count)
        , m_deviceId(std::move(deviceId))
        , m_lastSequences(std::move(lastSequences))
    {
        for (const QString& clerk : clerks) {
            m_clerks.append(clerk.toLatin1());
        }
        for (int i = 0; i < m_types.size(); ++i) {
            if (m_maker.knows(i)) {
                m_fallbackType = i;
                break;
            }
        }
    }

    // Makes the next cases, up to max; empty at the end.
    Chunk next(size_t max)
    {
        Chunk chunk;
        Random& random = m_maker.random();
        while (chunk.size() < max && m_day < m_timeline.days().size()) {
            const Timeline::Day& day = m_timeline.days()[m_day];
            if (m_inDay == 0) {
                m_offsets.resize(size_t(day.cases));
                const int span = int(day.closeMs - day.openMs);
                for (int& offset : m_offsets) {
                    offset = random.below(span);
                }
                std::sort(m_offsets.begin(), m_offsets.end());
                m_dayText = day.date.toString(Qt::ISODate);
                m_sequence = m_lastSequences.value(m_dayText);
            }
            if (m_inDay >= day.cases) {
                ++m_day;
                m_inDay = 0;
                continue;
            }
            chunk.push_back(make(day, day.openMs + m_offsets[size_t(m_inDay)]));
            ++m_inDay;
        }
        return chunk;
    }

private:
    ReadyCase make(const Timeline::Day& day, qint64 createdMs)
    {
        Random& random = m_maker.random();
        int type = m_maker.pickType();
        if (!m_maker.knows(type)) {
            type = m_fallbackType;
        }
        const CaseType& caseType = m_types.at(type);
        const DemoCase demo = m_maker.make(type, createdMs, day.date);
        const auto [status, moves] = statusForAge(
            random, double(m_nowMs - createdMs) / double(kDayMs), caseType.processingDays());
        const qint64 updatedMs = std::min(
            m_nowMs,
            createdMs + qint64(moves) * (kDayMs * caseType.processingDays() / 4 + 3'600'000));

        ReadyCase ready;
        ready.day = day.date;
        ready.dayText = m_dayText;
        ready.caseId = demoId(createdMs, random).toLatin1();
        ready.caseType = caseType.id().toUtf8();
        ready.caseTypeVersion = caseType.version();
        ready.feeFen = caseType.feeFen();
        ready.status = CaseStatusRules::id(status).toLatin1();
        ready.version = 1 + moves;
        ready.fields = jsonText(demo.fields);
        ready.clerk = m_clerks.at(random.below(int(m_clerks.size())));
        ready.created = utcTimestamp(createdMs).toLatin1();
        ready.updated = utcTimestamp(updatedMs).toLatin1();
        ready.applicantId = demo.applicantId.toLatin1();
        ready.applicantName = demo.applicantName.toUtf8();
        ready.idKind = demo.idKind.toLatin1();
        ready.idNumber = demo.idNumber.toUtf8();
        ready.phone = demo.phone.toUtf8();
        ready.newApplicant = demo.newApplicant;
        ready.sequence = ++m_sequence;
        const QString number =
            CaseRepository::provisionalNumber(m_deviceId, day.date, ready.sequence);
        ready.number = number.toUtf8();
        ready.searchTokens =
            SearchTokens::forCase(demo.applicantName, demo.idNumber, demo.phone, number).toUtf8();
        if (random.percent(kAttachedPercent)) {
            for (const DocumentRequirement& document : caseType.documents()) {
                if (!document.required) {
                    continue;
                }
                const bool pdf = document.formats.contains(QStringLiteral("pdf"))
                    && (!document.formats.contains(QStringLiteral("png")) || random.percent(40));
                const PoolFile& file = pdf ? random.pick(m_pdfs) : random.pick(m_pngs);
                ready.attachments.append(
                    {demoId(createdMs, random).toLatin1(),
                     document.id.toUtf8(),
                     file.sha256.toLatin1(),
                     (document.id + QLatin1Char('.') + file.extension).toUtf8()});
            }
        }
        return ready;
    }

    const QList<CaseType>& m_types;
    CaseMaker& m_maker;
    QList<QByteArray> m_clerks;
    const std::vector<PoolFile>& m_pngs;
    const std::vector<PoolFile>& m_pdfs;
    qint64 m_nowMs = 0;
    Timeline m_timeline;
    int m_fallbackType = 0;
    size_t m_day = 0;
    qint64 m_inDay = 0;
    std::vector<int> m_offsets;
    QString m_dayText;
    QString m_deviceId;
    QHash<QString, qint64> m_lastSequences;
    qint64 m_sequence = 0;
};

PoolFile poolFile(QByteArray content, const QString& mediaType, const QString& extension, int pages)
{
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return {sha256, mediaType, extension, std::move(content), pages};
}

// Keeps the pool's files unless a file with the same content is already there.
Result<void> storeFiles(const Database& database,
                        const std::vector<PoolFile>& pngs,
                        const std::vector<PoolFile>& pdfs,
                        const QDateTime& now,
                        qint64* added)
{
    QSqlQuery file(database.connection());
    file.prepare(QStringLiteral("INSERT OR IGNORE INTO attachment_files (sha256, media_type, size, "
                                "page_count, content, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const auto* pool : {&pngs, &pdfs}) {
        for (const PoolFile& stored : *pool) {
            file.addBindValue(stored.sha256);
            file.addBindValue(stored.mediaType);
            file.addBindValue(qint64(stored.content.size()));
            file.addBindValue(stored.pages);
            file.addBindValue(stored.content);
            file.addBindValue(utcTimestamp(now.toMSecsSinceEpoch()));
            if (!file.exec()) {
                return database.errorFrom(file.lastError(), DemoData::tr("storing the demo files"));
            }
            *added += file.numRowsAffected() > 0 ? 1 : 0;
        }
    }
    return Result<void>::success();
}

} // namespace

DemoData::DemoData(const Database& database, const Clock& clock, QList<CaseType> caseTypes)
    : m_database(database)
    , m_clock(clock)
    , m_caseTypes(std::move(caseTypes))
{ }

Result<DemoSummary>
DemoData::generate(const Session& actor, qint64 count, quint64 seed, const Progress& progress)
{
    if (!actor.may(Permission::ManageSettings)) {
        return Error(ErrorKind::PermissionDenied,
                     tr("Only an administrator may fill the workstation with demo cases."));
    }
    if (count < 1 || count > kMaximumCases) {
        return Error(ErrorKind::InvalidInput,
                     tr("The number of demo cases must be between 1 and %1.").arg(kMaximumCases));
    }
    const QString reading = tr("preparing the demo cases");

    QStringList clerks;
    {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("SELECT id FROM users WHERE role = 'clerk' AND disabled = 0 "
                                       "ORDER BY name_key"))) {
            return m_database.errorFrom(query.lastError(), reading);
        }
        while (query.next()) {
            clerks.append(query.value(0).toString());
        }
    }
    if (clerks.isEmpty()) {
        return Error(ErrorKind::NotFound,
                     tr("Demo cases are taken in by clerks, and this workstation has no active "
                        "clerk account. Add one first: casedeskctl user add NAME --role clerk"));
    }

    CaseMaker maker(m_caseTypes, seed);
    bool anyKnown = false;
    for (int i = 0; i < m_caseTypes.size(); ++i) {
        anyKnown = anyKnown || maker.knows(i);
    }
    if (!anyKnown) {
        return Error(ErrorKind::NotFound,
                     tr("Demo cases are made for the shipped case types (pension enrolment, "
                        "passport application, business licence change), and none of them is "
                        "installed."));
    }

    QString deviceId;
    {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("SELECT device_id FROM device WHERE id = 1"))
            || !query.next()) {
            return m_database.errorFrom(query.lastError(), reading);
        }
        deviceId = query.value(0).toString();
        // Applicants already in the store keep their numbers; demo applicants avoid them.
        QStringList known;
        if (!query.exec(QStringLiteral("SELECT id_kind || ':' || id_number FROM applicants"))) {
            return m_database.errorFrom(query.lastError(), reading);
        }
        while (query.next()) {
            known.append(query.value(0).toString());
        }
        maker.reserveKnownNumbers(known);
    }

    QElapsedTimer timer;
    timer.start();
    Random& random = maker.random();
    const QDateTime now = m_clock.now();
    DemoSummary summary;

    // The pool of scans and PDFs that demo attachments point to.
    std::vector<PoolFile> pngs;
    std::vector<PoolFile> pdfs;
    for (int i = 0; i < kPngFiles; ++i) {
        pngs.push_back(
            poolFile(makePng(random), QStringLiteral("image/png"), QStringLiteral("png"), 1));
    }
    for (int i = 0; i < kPdfFiles; ++i) {
        const int pages = 1 + random.below(3);
        pdfs.push_back(poolFile(makePdf(i + 1, pages),
                                QStringLiteral("application/pdf"),
                                QStringLiteral("pdf"),
                                pages));
    }

    // A larger page cache for the run keeps the applicant number index, which grows in
    // random order, from being written and encrypted more than once per batch.
    QString previousCacheSize;
    {
        QSqlQuery query(m_database.connection());
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next()) {
            previousCacheSize = query.value(0).toString();
        }
        (void)m_database.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    }
    const auto restoreCache = qScopeGuard([&] {
        if (!previousCacheSize.isEmpty()) {
            (void)m_database.exec(QStringLiteral("PRAGMA cache_size = ") + previousCacheSize);
        }
    });

    // A store that grows by a million cases writes almost only new pages. With a rollback
    // journal those are written once; the write-ahead log writes them twice, into the log
    // and again at the checkpoint. The switch needs the store to itself, so with a desk open
    // the run simply stays in WAL; the database is opened in WAL again whatever happens.
    bool rollbackJournal = false;
    {
        QSqlQuery mode(m_database.connection());
        rollbackJournal = mode.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && mode.next()
            && mode.value(0).toString().compare(QStringLiteral("delete"), Qt::CaseInsensitive) == 0;
    }
    const auto restoreJournal = qScopeGuard([&] {
        if (rollbackJournal) {
            (void)m_database.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        }
    });

    // Every row the run writes refers to rows written before it in the run or found in the
    // store when it began (applicants, clerks, the pool's files), so checking each reference
    // as it is written, a lookup apiece, finds nothing; the tests check them all afterwards.
    // The setting is this connection's alone and cannot change inside a transaction.
    const bool foreignKeysOff = m_database.exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok();
    const auto restoreForeignKeys = qScopeGuard([&] {
        if (foreignKeysOff) {
            (void)m_database.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    });
    // Making a case costs about as much as writing it, so one thread makes them while this
    // one writes: on two cores the run takes the longer of the two, not their sum.
    QHash<QString, qint64> lastSequences;
    {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("SELECT day, last_sequence FROM case_number_days"))) {
            return m_database.errorFrom(query.lastError(), reading);
        }
        while (query.next()) {
            lastSequences.insert(query.value(0).toString(), query.value(1).toLongLong());
        }
    }
    CaseStream stream(m_caseTypes, maker, clerks, pngs, pdfs, now, count, deviceId, lastSequences);
    ChunkQueue queue;
    std::thread making([&] {
        for (;;) {
            queue.dropSpent();
            Chunk chunk = stream.next(ChunkQueue::kChunkCases);
            if (chunk.empty() || !queue.push(std::move(chunk))) {
                break;
            }
        }
        queue.finish();
    });
    const auto joinMaker = qScopeGuard([&] {
        queue.cancel();
        making.join();
    });

    const auto audit = [&](const QString& detail) {
        return AuditJournal(m_database, m_clock)
            .append(actor.userId,
                    QStringLiteral("case.demo-generate"),
                    QStringLiteral("case"),
                    QString(),
                    detail);
    };
    Writers writers(m_database);
    qint64 written = 0;
    qint64 committed = 0;
    Chunk chunk;
    size_t inChunk = 0;
    const auto writeBatches = [&]() -> Result<void> {
        while (written < count) {
            Transaction transaction(m_database);
            if (auto begun = transaction.begin(); !begun) {
                return begun.error();
            }
            if (written == 0) {
                if (auto stored = storeFiles(m_database, pngs, pdfs, now, &summary.files);
                    !stored) {
                    return stored.error();
                }
            }

            // Rows get their rowid from here, so the search row can name it without asking.
            qint64 rowid = 0;
            {
                QSqlQuery last(m_database.connection());
                if (!last.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM cases"))
                    || !last.next()) {
                    return m_database.errorFrom(last.lastError(), reading);
                }
                rowid = last.value(0).toLongLong();
            }
            QHash<QString, qint64> shifts; // per day of this batch
            QHash<QString, qint64> lastOfDay; // the last number this batch gave on each day
            const qint64 batchEnd = std::min(count, written + m_batchCases);

            while (written < batchEnd) {
                if (inChunk == chunk.size()) {
                    queue.giveBack(std::exchange(chunk, queue.pop()));
                    inChunk = 0;
                    if (chunk.empty()) {
                        return Error(ErrorKind::Internal,
                                     tr("The demo cases ran out before %1 were made. Please "
                                        "report this.")
                                         .arg(count));
                    }
                }
                const ReadyCase& ready = chunk[inChunk++];
                // How far the store's sequence for the day moved since the run began: zero
                // unless a clerk took in a case on that day meanwhile.
                auto shift = shifts.find(ready.dayText);
                if (shift == shifts.end()) {
                    QSqlQuery last(m_database.connection());
                    last.prepare(
                        QStringLiteral("SELECT last_sequence FROM case_number_days WHERE day = ?"));
                    last.addBindValue(ready.dayText);
                    if (!last.exec()) {
                        return m_database.errorFrom(last.lastError(), reading);
                    }
                    const qint64 stored = last.next() ? last.value(0).toLongLong() : 0;
                    shift = shifts.insert(ready.dayText, stored - (ready.sequence - 1));
                }
                const qint64 sequence = ready.sequence + shift.value();
                const bool renumbered = shift.value() != 0;
                const QString renumber = renumbered
                    ? CaseRepository::provisionalNumber(deviceId, ready.day, sequence)
                    : QString();
                const QByteArray number = renumbered ? renumber.toUtf8() : ready.number;
                lastOfDay.insert(ready.dayText, sequence);

                if (ready.newApplicant) {
                    Statement& a = writers.applicant;
                    a.bindUtf8(1, ready.applicantId);
                    a.bindUtf8(2, ready.applicantName);
                    a.bindUtf8(3, ready.idKind);
                    a.bindUtf8(4, ready.idNumber);
                    a.bindUtf8(5, ready.phone);
                    a.bindUtf8(6, ready.created);
                    a.bindUtf8(7, ready.created);
                    if (auto done = a.execute(); !done) {
                        return done.error();
                    }
                    ++summary.applicants;
                }

                ++rowid;
                Statement& c = writers.caseRow;
                c.bind(1, rowid);
                c.bindUtf8(2, ready.caseId);
                c.bindUtf8(3, number);
                c.bindUtf8(4, ready.caseType);
                c.bind(5, ready.caseTypeVersion);
                c.bindUtf8(6, ready.status);
                c.bindUtf8(7, ready.applicantId);
                c.bindUtf8(8, ready.fields);
                c.bind(9, ready.feeFen);
                c.bindUtf8(10, ready.clerk);
                c.bindUtf8(11, ready.created);
                c.bindUtf8(12, ready.updated);
                c.bind(13, ready.version);
                if (auto done = c.execute(); !done) {
                    return done.error();
                }

                Statement& s = writers.search;
                s.bind(1, rowid);
                if (renumbered) {
                    s.bind(2,
                           SearchTokens::forCase(QString::fromUtf8(ready.applicantName),
                                                 QString::fromUtf8(ready.idNumber),
                                                 QString::fromUtf8(ready.phone),
                                                 renumber));
                } else {
                    s.bindUtf8(2, ready.searchTokens);
                }
                if (auto done = s.execute(); !done) {
                    return done.error();
                }

                for (const ReadyAttachment& attachment : ready.attachments) {
                    Statement& link = writers.attachment;
                    link.bindUtf8(1, attachment.id);
                    link.bindUtf8(2, ready.caseId);
                    link.bindUtf8(3, attachment.document);
                    link.bindUtf8(4, attachment.sha256);
                    link.bindUtf8(5, attachment.fileName);
                    link.bindUtf8(6, ready.clerk);
                    link.bindUtf8(7, ready.created);
                    if (auto done = link.execute(); !done) {
                        return done.error();
                    }
                    ++summary.attachments;
                }
                ++written;
            }

            for (auto it = lastOfDay.cbegin(); it != lastOfDay.cend(); ++it) {
                Statement& n = writers.numberDay;
                n.bind(1, it.key());
                n.bind(2, it.value());
                if (auto done = n.execute(); !done) {
                    return done.error();
                }
            }
            if (written == count) {
                // One row for the whole run, in its last transaction; ids and counts only.
                if (auto logged = audit(QStringLiteral("cases=%1 applicants=%2 attachments=%3 "
                                                       "seed=%4")
                                            .arg(count)
                                            .arg(summary.applicants)
                                            .arg(summary.attachments)
                                            .arg(seed));
                    !logged) {
                    return logged.error();
                }
            }
            if (auto done = transaction.commit(); !done) {
                return done.error();
            }
            committed = written;
            if (progress) {
                progress(written);
            }
        }
        return Result<void>::success();
    };

    if (auto ran = writeBatches(); !ran) {
        if (committed > 0) {
            // The batches already committed stay; the journal says how many there are.
            Transaction transaction(m_database);
            if (transaction.begin()
                && audit(QStringLiteral("cases=%1 of %2, stopped by an error seed=%3")
                             .arg(committed)
                             .arg(count)
                             .arg(seed))) {
                (void)transaction.commit();
            }
        }
        qCWarning(lcIntake,
                  "Demo generation stopped after %lld cases: %s",
                  qlonglong(committed),
                  qUtf8Printable(ran.error().detail()));
        return ran.error();
    }

    summary.cases = written;
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    qCInfo(lcIntake, "Generated %lld demo cases in %.1f s", qlonglong(written), summary.seconds);
    return summary;
}

} // namespace casedesk
