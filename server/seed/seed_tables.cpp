#include "server/seed/seed_tables.h"

#include <array>
#include <utility>

namespace csm::server::seed {
namespace {

using namespace std::string_view_literals;

// Shares in per mille, rounded from the 2020 census surname ranking.
constexpr std::array kSurnames = std::to_array<WeightedText>({
    {"王", 71}, {"李", 70}, {"张", 67}, {"刘", 54}, {"陈", 45}, {"杨", 31}, {"黄", 22}, {"赵", 20},
    {"吴", 20}, {"周", 19}, {"徐", 13}, {"孙", 12}, {"马", 11}, {"朱", 10}, {"胡", 9}, {"郭", 9},
    {"何", 8}, {"高", 8}, {"林", 8}, {"罗", 7}, {"郑", 7}, {"梁", 7}, {"谢", 6}, {"宋", 5},
    {"唐", 5}, {"许", 4}, {"韩", 4}, {"冯", 4}, {"邓", 4}, {"曹", 4}, {"彭", 4}, {"曾", 4},
    {"肖", 4}, {"田", 3}, {"董", 3}, {"袁", 3}, {"潘", 3}, {"于", 3}, {"蒋", 3}, {"蔡", 3},
    {"余", 3}, {"杜", 3}, {"叶", 3}, {"程", 3}, {"苏", 2}, {"魏", 2}, {"吕", 2}, {"丁", 2},
    {"任", 2}, {"沈", 2}, {"姚", 2}, {"卢", 2}, {"姜", 2}, {"崔", 2}, {"钟", 2}, {"谭", 2},
    {"陆", 2}, {"汪", 2}, {"范", 2}, {"金", 2}, {"石", 2}, {"廖", 2}, {"贾", 2}, {"夏", 2},
    {"韦", 2}, {"付", 2}, {"方", 2}, {"白", 2}, {"邹", 2}, {"孟", 2}, {"熊", 2}, {"秦", 2},
    {"邱", 2}, {"江", 2}, {"尹", 2}, {"薛", 1}, {"闫", 1}, {"段", 1}, {"雷", 1}, {"侯", 1},
    {"龙", 1}, {"史", 1}, {"陶", 1}, {"黎", 1}, {"贺", 1}, {"顾", 1}, {"毛", 1}, {"郝", 1},
    {"龚", 1}, {"邵", 1}, {"万", 1}, {"钱", 1}, {"严", 1}, {"覃", 1}, {"武", 1}, {"戴", 1},
    {"莫", 1}, {"孔", 1}, {"向", 1}, {"汤", 1},
    // Compound surnames: rare, but every seeded data set should contain some.
    {"欧阳", 2.0}, {"司马", 0.8}, {"诸葛", 0.6}, {"上官", 0.6}, {"东方", 0.4}, {"皇甫", 0.3},
    {"慕容", 0.2}, {"令狐", 0.2},
});

constexpr std::array kMaleGiven = {
    "伟"sv, "强"sv, "磊"sv, "军"sv, "勇"sv, "杰"sv, "涛"sv, "斌"sv, "超"sv, "刚"sv, "平"sv, "辉"sv,
    "鹏"sv, "飞"sv, "鑫"sv, "波"sv, "宇"sv, "浩"sv, "凯"sv, "健"sv, "俊"sv, "帆"sv, "帅"sv, "旭"sv,
    "龙"sv, "阳"sv, "建"sv, "国"sv, "志"sv, "东"sv, "峰"sv, "亮"sv, "成"sv, "博"sv, "轩"sv, "睿"sv,
    "宏"sv, "兵"sv, "明"sv, "永"sv, "德"sv, "振"sv, "忠"sv, "庆"sv, "海"sv, "毅"sv, "晨"sv, "昊"sv,
};
constexpr std::array kFemaleGiven = {
    "芳"sv, "娜"sv, "敏"sv, "静"sv, "丽"sv, "艳"sv, "娟"sv, "霞"sv, "秀"sv, "英"sv, "燕"sv, "玲"sv,
    "婷"sv, "雪"sv, "慧"sv, "颖"sv, "琳"sv, "倩"sv, "洁"sv, "红"sv, "梅"sv, "琴"sv, "蓉"sv, "萍"sv,
    "莉"sv, "佳"sv, "欣"sv, "怡"sv, "悦"sv, "璐"sv, "晶"sv, "丹"sv, "雯"sv, "淑"sv, "兰"sv, "凤"sv,
    "玉"sv, "桂"sv, "珍"sv, "月"sv, "思"sv, "梦"sv, "诗"sv, "晓"sv, "妍"sv,
};
constexpr std::array kNeutralGiven = {
    "华"sv, "文"sv, "春"sv, "晓"sv, "新"sv, "一"sv, "子"sv, "雨"sv, "嘉"sv, "云"sv, "天"sv, "安"sv,
    "林"sv, "小"sv, "金"sv, "秋"sv, "宁"sv, "清"sv, "立"sv, "振"sv,
};

constexpr std::array kStreets = {
    "中山路"sv, "人民路"sv, "解放路"sv, "建设路"sv, "和平路"sv, "北京路"sv, "南京路"sv, "长江路"sv,
    "黄河路"sv, "新华路"sv, "文化路"sv, "胜利路"sv, "光明路"sv, "朝阳路"sv, "青年路"sv, "学府路"sv,
    "科技路"sv, "工业大道"sv, "东风路"sv, "环城北路"sv, "滨江大道"sv, "湖滨路"sv, "园林路"sv, "友谊路"sv,
    "延安路"sv, "淮海路"sv, "汉中路"sv, "珠江路"sv, "龙蟠路"sv, "体育路"sv,
};
constexpr std::array kEstates = {
    "阳光花园"sv, "幸福里小区"sv, "锦绣家园"sv, "翠苑新村"sv, "金色港湾"sv, "碧水湾"sv, "世纪花城"sv,
    "紫荆苑"sv, "香樟园"sv, "枫林湾"sv, "御景华庭"sv, "春江花月"sv, "绿地新都会"sv, "万科城"sv,
};
constexpr std::array kOccupations = {
    "教师"sv, "工程师"sv, "医生"sv, "护士"sv, "个体经营"sv, "退休"sv, "公务员"sv, "销售"sv, "工人"sv,
    "学生"sv, "农民"sv, "会计"sv, "司机"sv, "程序员"sv, "厨师"sv, "自由职业"sv, "企业管理"sv,
};
constexpr std::array kEmailDomains = {
    "163.com"sv, "126.com"sv, "sina.com"sv, "sohu.com"sv, "foxmail.com"sv, "outlook.com"sv, "gmail.com"sv,
};
constexpr std::array kMobilePrefixes = {
    "130"sv, "131"sv, "132"sv, "133"sv, "134"sv, "135"sv, "136"sv, "137"sv, "138"sv, "139"sv,
    "150"sv, "151"sv, "152"sv, "153"sv, "155"sv, "156"sv, "157"sv, "158"sv, "159"sv,
    "180"sv, "181"sv, "182"sv, "183"sv, "184"sv, "185"sv, "186"sv, "187"sv, "188"sv, "189"sv,
    "191"sv, "193"sv, "195"sv, "198"sv, "199"sv, "166"sv, "173"sv, "176"sv, "177"sv,
};

// Area codes of the provincial capitals, by 2-digit province code.
constexpr std::array kProvinceAreaCodes = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"11", "010"}, {"12", "022"}, {"13", "0311"}, {"14", "0351"}, {"15", "0471"}, {"21", "024"},
    {"22", "0431"}, {"23", "0451"}, {"31", "021"}, {"32", "025"}, {"33", "0571"}, {"34", "0551"},
    {"35", "0591"}, {"36", "0791"}, {"37", "0531"}, {"41", "0371"}, {"42", "027"}, {"43", "0731"},
    {"44", "020"}, {"45", "0771"}, {"46", "0898"}, {"50", "023"}, {"51", "028"}, {"52", "0851"},
    {"53", "0871"}, {"54", "0891"}, {"61", "029"}, {"62", "0931"}, {"63", "0971"}, {"64", "0951"},
    {"65", "0991"},
});

// Area codes of further cities (6-digit city codes); complete for Jiangsu, Zhejiang and Guangdong.
constexpr std::array kCityAreaCodes = std::to_array<std::pair<std::string_view, std::string_view>>({
    // Jiangsu
    {"320200", "0510"}, {"320300", "0516"}, {"320400", "0519"}, {"320500", "0512"}, {"320600", "0513"},
    {"320700", "0518"}, {"320800", "0517"}, {"320900", "0515"}, {"321000", "0514"}, {"321100", "0511"},
    {"321200", "0523"}, {"321300", "0527"},
    // Zhejiang
    {"330200", "0574"}, {"330300", "0577"}, {"330400", "0573"}, {"330500", "0572"}, {"330600", "0575"},
    {"330700", "0579"}, {"330800", "0570"}, {"330900", "0580"}, {"331000", "0576"}, {"331100", "0578"},
    // Guangdong
    {"440200", "0751"}, {"440300", "0755"}, {"440400", "0756"}, {"440500", "0754"}, {"440600", "0757"},
    {"440700", "0750"}, {"440800", "0759"}, {"440900", "0668"}, {"441200", "0758"}, {"441300", "0752"},
    {"441400", "0753"}, {"441500", "0660"}, {"441600", "0762"}, {"441700", "0662"}, {"441800", "0763"},
    {"441900", "0769"}, {"442000", "0760"}, {"445100", "0768"}, {"445200", "0663"}, {"445300", "0766"},
    // Other large cities
    {"370200", "0532"}, {"350200", "0592"}, {"210200", "0411"}, {"130200", "0315"}, {"340200", "0553"},
    {"410300", "0379"}, {"420500", "0717"}, {"430200", "0731"}, {"450200", "0772"}, {"510700", "0816"},
});

} // namespace

std::span<const WeightedText> surnames() { return kSurnames; }
std::span<const std::string_view> maleGivenCharacters() { return kMaleGiven; }
std::span<const std::string_view> femaleGivenCharacters() { return kFemaleGiven; }
std::span<const std::string_view> neutralGivenCharacters() { return kNeutralGiven; }
std::span<const std::string_view> streets() { return kStreets; }
std::span<const std::string_view> estates() { return kEstates; }
std::span<const std::string_view> occupations() { return kOccupations; }
std::span<const std::string_view> emailDomains() { return kEmailDomains; }
std::span<const std::string_view> mobilePrefixes() { return kMobilePrefixes; }

double provinceWeight(std::string_view provinceCode2)
{
    if (provinceCode2 == "32") return 20; // Jiangsu
    if (provinceCode2 == "33") return 15; // Zhejiang
    if (provinceCode2 == "44") return 15; // Guangdong
    if (provinceCode2 == "11") return 10; // Beijing
    if (provinceCode2 == "31") return 10; // Shanghai
    return 1.2;                           // each of the other 26 provinces: ~30% together
}

std::string_view areaCodeFor(std::string_view cityCode, std::string_view provinceCode)
{
    for (const auto& [city, area] : kCityAreaCodes) {
        if (city == cityCode)
            return area;
    }
    const std::string_view province2 = provinceCode.substr(0, 2);
    for (const auto& [province, area] : kProvinceAreaCodes) {
        if (province == province2)
            return area;
    }
    return "010";
}

} // namespace csm::server::seed
