#include "server/seed/demo_fault_codes.h"

#include <array>
#include <string>
#include <string_view>

namespace csm::server::seed {
namespace {

struct DemoFaultCode {
    std::string_view category;
    std::string_view code;
    std::string_view name;
};

constexpr std::array kFaultCodes = std::to_array<DemoFaultCode>({
    // 空调 (for wall-mounted and cabinet units alike)
    {"AC", "E1", "室内环境温度传感器故障"},
    {"AC", "E2", "室内盘管温度传感器故障"},
    {"AC", "E3", "室外盘管温度传感器故障"},
    {"AC", "E4", "系统高压保护"},
    {"AC", "E5", "系统低压保护 (缺氟)"},
    {"AC", "E6", "室内外机通信故障"},
    {"AC", "E7", "室外风机故障"},
    {"AC", "F1", "压缩机故障"},
    {"AC", "F2", "四通阀换向故障"},
    {"AC", "P1", "电源电压异常"},
    {"AC", "R1", "不制冷 / 制冷效果差"},
    {"AC", "R2", "不制热 / 制热效果差"},
    {"AC", "W1", "室内机漏水"},
    {"AC", "N1", "噪音或振动异常"},
    {"AC", "N2", "出风有异味"},
    {"AC-CAB", "E8", "柜机导风电机故障"},
    // 冰箱
    {"REF", "E1", "冷藏室传感器故障"},
    {"REF", "E2", "冷冻室传感器故障"},
    {"REF", "E3", "化霜传感器故障"},
    {"REF", "E4", "风机故障"},
    {"REF", "E5", "主控板通信故障"},
    {"REF", "F1", "压缩机不启动"},
    {"REF", "R1", "制冷效果差"},
    {"REF", "R2", "结霜结冰严重"},
    {"REF", "R3", "门封不严"},
    {"REF", "N1", "噪音异常"},
    // 洗衣机
    {"WM", "E1", "进水超时"},
    {"WM", "E2", "排水超时"},
    {"WM", "E3", "脱水不平衡"},
    {"WM", "E4", "门锁故障"},
    {"WM", "E5", "水位传感器故障"},
    {"WM", "E6", "电机故障"},
    {"WM", "E7", "加热故障"},
    {"WM", "W1", "漏水"},
    {"WM", "N1", "噪音或振动异常"},
    // 热水器 (gas and electric), then their own
    {"WH", "W1", "漏水"},
    {"WH", "W2", "不出热水"},
    {"WH", "N1", "异响"},
    {"WH-GAS", "E1", "点火失败"},
    {"WH-GAS", "E2", "意外熄火"},
    {"WH-GAS", "E3", "风机故障"},
    {"WH-GAS", "E4", "过热保护"},
    {"WH-GAS", "E5", "温度传感器故障"},
    {"WH-GAS", "E6", "水流量传感器故障"},
    {"WH-GAS", "E7", "燃气泄漏报警"},
    {"WH-ELEC", "E1", "加热管故障"},
    {"WH-ELEC", "E2", "干烧保护"},
    {"WH-ELEC", "E3", "温度传感器故障"},
    {"WH-ELEC", "E4", "漏电保护动作"},
    {"WH-ELEC", "E5", "超温保护"},
    // 油烟机
    {"RH", "E1", "电机不转"},
    {"RH", "E2", "风机异响"},
    {"RH", "E3", "吸力不足"},
    {"RH", "E4", "按键或控制板故障"},
    {"RH", "E5", "照明灯不亮"},
    {"RH", "W1", "漏油"},
    // 燃气灶
    {"GS", "E1", "打不着火"},
    {"GS", "E2", "点火后熄火"},
    {"GS", "E3", "火焰异常 (黄火、离焰)"},
    {"GS", "E4", "燃气泄漏"},
    {"GS", "E5", "旋钮损坏"},
    {"GS", "E6", "面板破裂"},
    // 电视
    {"TV", "E1", "有声音无图像"},
    {"TV", "E2", "有图像无声音"},
    {"TV", "E3", "不开机"},
    {"TV", "E4", "花屏或竖线"},
    {"TV", "E5", "遥控失灵"},
    {"TV", "E6", "网络连接故障"},
    {"TV", "E7", "死机或反复重启"},
    // 微波炉
    {"MW", "E1", "不加热"},
    {"MW", "E2", "转盘不转"},
    {"MW", "E3", "炉腔打火"},
    {"MW", "E4", "门开关故障"},
    {"MW", "E5", "控制面板失灵"},
    {"MW", "E6", "照明灯不亮"},
});

} // namespace

int insertFaultCodes(pqxx::transaction_base& tx)
{
    int inserted = 0;
    for (const DemoFaultCode& code : kFaultCodes) {
        inserted += int(tx.exec_params("INSERT INTO fault_code (category_code, code, name) VALUES ($1, $2, $3)"
                                       " ON CONFLICT DO NOTHING",
                                       std::string(code.category), std::string(code.code), std::string(code.name))
                            .affected_rows());
    }
    return inserted;
}

} // namespace csm::server::seed
