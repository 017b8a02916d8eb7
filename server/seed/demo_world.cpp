#include "server/seed/demo_world.h"

#include <array>
#include <optional>
#include <stdexcept>

namespace csm::server::seed {
namespace {

using namespace std::string_view_literals;

struct DemoOrgUnit {
    std::string_view code;
    std::string_view name;
    std::string_view kind;
    std::string_view parentCode;
};

// Parents come before their children.
constexpr std::array kOrgUnits = std::to_array<DemoOrgUnit>({
    {"RC-EAST", "华东大区客服中心", "region", "HQ"},
    {"RC-NORTH", "华北大区客服中心", "region", "HQ"},
    {"PC-JS", "江苏省客服中心", "province", "RC-EAST"},
    {"PC-ZJ", "浙江省客服中心", "province", "RC-EAST"},
    {"PC-BJ", "北京市客服中心", "province", "RC-NORTH"},
    {"SP-NJ-XW", "南京玄武服务网点", "point", "PC-JS"},
    {"SP-NJ-GL", "南京鼓楼服务网点", "point", "PC-JS"},
    {"SP-SZ-GY", "苏州工业园服务网点", "point", "PC-JS"},
    {"SP-HZ-XH", "杭州西湖服务网点", "point", "PC-ZJ"},
    {"SP-NB-HS", "宁波海曙服务网点", "point", "PC-ZJ"},
    {"SP-BJ-HD", "北京海淀服务网点", "point", "PC-BJ"},
});

constexpr std::array kUsers = std::to_array<DemoUser>({
    {"admin", "系统管理员", "admin", "HQ", ""},
    {"agent1", "王丽 (座席)", "agent", "HQ", "8001"},
    {"agent2", "李娜 (座席)", "agent", "HQ", "8002"},
    {"super1", "张伟 (班长)", "supervisor", "HQ", ""},
    {"point1", "陈刚 (玄武网点)", "service_point", "SP-NJ-XW", ""},
    {"point2", "周敏 (西湖网点)", "service_point", "SP-HZ-XH", ""},
    {"tech1", "刘强 (维修员)", "technician", "SP-NJ-XW", ""},
    {"wh1", "赵磊 (仓库管理员)", "warehouse", "PC-JS", ""},
    {"fin1", "孙燕 (财务主管)", "finance", "HQ", ""},
    {"mgr1", "吴军 (华东大区经理)", "manager", "RC-EAST", ""},
    {"kb1", "郑洁 (知识库管理)", "knowledge_editor", "HQ", ""},
    {"survey1", "黄静 (回访座席)", "survey_agent", "HQ", ""},
});

// 苏州工业园区 has no GB/T 2260 code of its own; its point covers the neighbouring
// 姑苏区 and 吴中区.
constexpr std::array kCoverage = std::to_array<Coverage>({
    {"SP-NJ-XW", "320102"}, // 南京 玄武区
    {"SP-NJ-GL", "320106"}, // 南京 鼓楼区
    {"SP-SZ-GY", "320508"}, // 苏州 姑苏区
    {"SP-SZ-GY", "320506"}, // 苏州 吴中区
    {"SP-HZ-XH", "330106"}, // 杭州 西湖区
    {"SP-NB-HS", "330203"}, // 宁波 海曙区
    {"SP-BJ-HD", "110108"}, // 北京 海淀区
});

// Cities and provinces, for customers outside the covered districts: East and South China go to
// the points of 华东, the North and West to 北京海淀.
constexpr std::array kDispatchCoverage = std::to_array<Coverage>({
    {"SP-NJ-GL", "320100"}, // 南京市
    {"SP-SZ-GY", "320500"}, // 苏州市
    {"SP-HZ-XH", "330100"}, // 杭州市
    {"SP-NB-HS", "330200"}, // 宁波市
    {"SP-BJ-HD", "110100"}, // 北京 市辖区
    {"SP-NJ-GL", "320000"}, // 江苏省
    {"SP-HZ-XH", "330000"}, // 浙江省
    {"SP-SZ-GY", "310000"}, // 上海市
    {"SP-NJ-GL", "340000"}, // 安徽省
    {"SP-NB-HS", "350000"}, // 福建省
    {"SP-HZ-XH", "360000"}, // 江西省
    {"SP-NB-HS", "440000"}, // 广东省
    {"SP-NB-HS", "450000"}, // 广西
    {"SP-NB-HS", "460000"}, // 海南省
    {"SP-NJ-GL", "420000"}, // 湖北省
    {"SP-HZ-XH", "430000"}, // 湖南省
    {"SP-NJ-GL", "500000"}, // 重庆市
    {"SP-NJ-GL", "510000"}, // 四川省
    {"SP-HZ-XH", "520000"}, // 贵州省
    {"SP-HZ-XH", "530000"}, // 云南省
    {"SP-BJ-HD", "540000"}, // 西藏
    {"SP-BJ-HD", "110000"}, // 北京市
    {"SP-BJ-HD", "120000"}, // 天津市
    {"SP-BJ-HD", "130000"}, // 河北省
    {"SP-BJ-HD", "140000"}, // 山西省
    {"SP-BJ-HD", "150000"}, // 内蒙古
    {"SP-BJ-HD", "210000"}, // 辽宁省
    {"SP-BJ-HD", "220000"}, // 吉林省
    {"SP-BJ-HD", "230000"}, // 黑龙江省
    {"SP-BJ-HD", "370000"}, // 山东省
    {"SP-BJ-HD", "410000"}, // 河南省
    {"SP-BJ-HD", "610000"}, // 陕西省
    {"SP-BJ-HD", "620000"}, // 甘肃省
    {"SP-BJ-HD", "630000"}, // 青海省
    {"SP-BJ-HD", "640000"}, // 宁夏
    {"SP-BJ-HD", "650000"}, // 新疆
});

struct DemoCategory {
    std::string_view code;
    std::string_view name;
    std::string_view parentCode; // empty = top level
};

constexpr std::array kCategories = std::to_array<DemoCategory>({
    {"AC", "空调", ""},
    {"AC-WALL", "壁挂式空调", "AC"},
    {"AC-CAB", "柜式空调", "AC"},
    {"REF", "冰箱", ""},
    {"WM", "洗衣机", ""},
    {"WH", "热水器", ""},
    {"WH-GAS", "燃气热水器", "WH"},
    {"WH-ELEC", "电热水器", "WH"},
    {"RH", "油烟机", ""},
    {"GS", "燃气灶", ""},
    {"TV", "电视", ""},
    {"MW", "微波炉", ""},
});

struct DemoModel {
    std::string_view code;
    std::string_view name;
    std::string_view categoryCode;
    std::string_view brand;
    int warrantyMonths;
};

// Brands of the (fictional) maker: 华康 main line, 华康臻选 premium, 康小智 young/smart line.
constexpr std::array kModels = std::to_array<DemoModel>({
    {"KFR-26GW/A1", "壁挂式空调 大1匹 定频", "AC-WALL", "华康", 72},
    {"KFR-35GW/A1", "壁挂式空调 1.5匹 定频", "AC-WALL", "华康", 72},
    {"KFR-35GW/BP3", "壁挂式空调 1.5匹 一级能效变频", "AC-WALL", "华康", 72},
    {"KFR-50GW/BP3", "壁挂式空调 2匹 一级能效变频", "AC-WALL", "华康臻选", 72},
    {"KFR-51LW/BP2", "立柜式空调 2匹 变频", "AC-CAB", "华康", 72},
    {"KFR-72LW/BP2", "立柜式空调 3匹 变频", "AC-CAB", "华康臻选", 72},
    {"BCD-215TM", "三门冰箱 215升", "REF", "华康", 36},
    {"BCD-330WTP", "十字对开门冰箱 330升 风冷无霜", "REF", "华康", 36},
    {"BCD-468WSP", "对开门冰箱 468升 变频", "REF", "华康臻选", 36},
    {"BCD-535WKPZM", "多门冰箱 535升 智能控温", "REF", "康小智", 36},
    {"XQB80-K1", "波轮洗衣机 8公斤", "WM", "华康", 36},
    {"XQB100-DD1", "直驱波轮洗衣机 10公斤", "WM", "华康", 36},
    {"XQG100-BD14", "滚筒洗衣机 10公斤 变频", "WM", "华康臻选", 36},
    {"XQG100-HBD14", "洗烘一体机 10公斤", "WM", "康小智", 36},
    {"JSQ25-13ST", "燃气热水器 13升 恒温", "WH-GAS", "华康", 36},
    {"JSQ30-16WT", "零冷水燃气热水器 16升", "WH-GAS", "华康臻选", 48},
    {"F60-21WB1", "储水式电热水器 60升", "WH-ELEC", "华康", 36},
    {"F80-32E5", "速热电热水器 80升", "WH-ELEC", "康小智", 48},
    {"CXW-220-T3", "侧吸式油烟机", "RH", "华康", 60},
    {"CXW-260-T5S", "顶侧双吸油烟机", "RH", "华康臻选", 60},
    {"CXW-200-E2", "欧式塔形油烟机", "RH", "华康", 60},
    {"JZT-Q230B", "台嵌两用燃气灶 天然气", "GS", "华康", 36},
    {"JZY-Q230B", "台嵌两用燃气灶 液化气", "GS", "华康", 36},
    {"JZT-Q360", "5.2kW 猛火燃气灶 天然气", "GS", "华康臻选", 36},
    {"55E3H", "55英寸 4K 智能电视", "TV", "康小智", 12},
    {"65E5K", "65英寸 4K 量子点电视", "TV", "华康", 24},
    {"75U7K", "75英寸 Mini LED 电视", "TV", "华康臻选", 36},
    {"M1-L213B", "转盘微波炉 21升", "MW", "华康", 12},
    {"X3-233A", "变频微波炉 23升", "MW", "康小智", 12},
    {"PC2325W", "微蒸烤一体机 23升", "MW", "华康臻选", 24},
});

std::string text(std::string_view view)
{
    return std::string(view);
}

std::optional<std::string> optionalText(std::string_view view)
{
    if (view.empty())
        return std::nullopt;
    return std::string(view);
}

} // namespace

std::span<const DemoUser> demoUsers()
{
    return kUsers;
}

std::span<const Coverage> demoCoverage()
{
    return kCoverage;
}

std::span<const Coverage> demoDispatchCoverage()
{
    return kDispatchCoverage;
}

int insertDispatchCoverage(pqxx::transaction_base& tx)
{
    int mapped = 0;
    for (const auto& list : {std::span<const Coverage>(kCoverage), std::span<const Coverage>(kDispatchCoverage)}) {
        for (const Coverage& coverage : list) {
            const auto result = tx.exec_params(
                "INSERT INTO dispatch_coverage (region_code, org_unit_id) SELECT $1, id FROM org_unit WHERE code = $2"
                " ON CONFLICT (region_code) DO NOTHING",
                text(coverage.districtCode), text(coverage.pointCode));
            mapped += int(result.affected_rows());
        }
    }
    return mapped;
}

int insertOrgTree(pqxx::transaction_base& tx)
{
    for (const DemoOrgUnit& unit : kOrgUnits) {
        // The path is set by the trigger from the parent's path.
        const auto result = tx.exec_params(
            "INSERT INTO org_unit (parent_id, kind, code, name) SELECT id, $2, $3, $4 FROM org_unit WHERE code = $1",
            text(unit.parentCode), text(unit.kind), text(unit.code), text(unit.name));
        if (result.affected_rows() != 1)
            throw std::runtime_error("org unit " + text(unit.parentCode) + " is missing (parent of " + text(unit.code) + ")");
    }
    return int(kOrgUnits.size());
}

int insertUsers(pqxx::transaction_base& tx, const std::vector<std::string>& passwordHashes)
{
    if (passwordHashes.size() != kUsers.size())
        throw std::logic_error("insertUsers: one password hash per demo user expected");
    for (std::size_t i = 0; i < kUsers.size(); ++i) {
        const DemoUser& user = kUsers[i];
        const auto result = tx.exec_params(
            "INSERT INTO app_user (username, display_name, password_hash, org_unit_id, extension)"
            " SELECT $1, $2, $3, id, $5 FROM org_unit WHERE code = $4 RETURNING id",
            text(user.username), text(user.displayName), passwordHashes[i], text(user.orgCode),
            optionalText(user.extension));
        if (result.size() != 1)
            throw std::runtime_error("org unit " + text(user.orgCode) + " is missing (for user " + text(user.username) + ")");
        tx.exec_params0("INSERT INTO user_role (user_id, role_code) VALUES ($1, $2)", result[0][0].as<long long>(),
                        text(user.role));
    }
    return int(kUsers.size());
}

std::pair<int, int> insertCatalogue(pqxx::transaction_base& tx)
{
    int categories = 0;
    for (const DemoCategory& category : kCategories) {
        categories += int(tx.exec_params("INSERT INTO product_category (code, name, parent_code) VALUES ($1, $2, $3)"
                                         " ON CONFLICT (code) DO NOTHING",
                                         text(category.code), text(category.name), optionalText(category.parentCode))
                              .affected_rows());
    }
    int models = 0;
    for (const DemoModel& model : kModels) {
        models += int(tx.exec_params("INSERT INTO product_model (code, name, category_code, brand, warranty_months)"
                                     " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING",
                                     text(model.code), text(model.name), text(model.categoryCode), text(model.brand),
                                     model.warrantyMonths)
                          .affected_rows());
    }
    return {categories, models};
}

} // namespace csm::server::seed
