#include "server/seed/customer_generator.h"

#include "common/domain/id_number.h"
#include "server/seed/seed_tables.h"

#include <QDate>
#include <QString>

#include <map>
#include <stdexcept>

namespace csm::server::seed {
namespace {

constexpr double kSingleGivenShare = 0.30;  // two-character full names such as 王芳
constexpr double kNeutralCharacterShare = 0.25;
constexpr double kSecondPhoneShare = 0.35;
constexpr double kLandlineShare = 0.11;     // per phone: ~15% of customers have a landline
constexpr double kEmailShare = 0.30;
constexpr double kQqEmailShare = 0.5;
constexpr double kOccupationShare = 0.6;
constexpr double kEstateAddressShare = 0.25;
constexpr double kShortLocalShare = 0.25;   // 7-digit local numbers behind 4-digit area codes

// A province's weight is shared by its districts: Beijing's 16 districts together draw as
// many customers as Shanghai's, whatever the number of districts elsewhere.
std::vector<double> districtWeights(const std::vector<District>& districts)
{
    std::map<std::string, int> districtsPerProvince;
    for (const District& district : districts)
        ++districtsPerProvince[district.provinceCode];
    std::vector<double> weights;
    weights.reserve(districts.size());
    for (const District& district : districts) {
        weights.push_back(provinceWeight(std::string_view(district.provinceCode).substr(0, 2))
                          / districtsPerProvince[district.provinceCode]);
    }
    return weights;
}

std::vector<double> surnameWeights()
{
    std::vector<double> weights;
    for (const WeightedText& surname : surnames())
        weights.push_back(surname.weight);
    return weights;
}

} // namespace

CustomerGenerator::CustomerGenerator(std::vector<District> districts, std::uint64_t seed, double coveredShare)
    : m_districts(std::move(districts)),
      m_coveredShare(coveredShare),
      m_random(seed),
      m_firstBirthDay(QDate(1940, 1, 1).toJulianDay()),
      m_lastBirthDay(QDate(2005, 12, 31).toJulianDay())
{
    if (m_districts.empty())
        throw std::runtime_error("the region table has no districts (level 3): load the reference data first");
    const std::vector<double> weights = districtWeights(m_districts);
    m_districtPick = std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
    const std::vector<double> surnameWeightList = surnameWeights();
    m_surnamePick = std::discrete_distribution<std::size_t>(surnameWeightList.begin(), surnameWeightList.end());
    for (std::size_t i = 0; i < m_districts.size(); ++i) {
        if (m_districts[i].ownerIndex >= 0)
            m_covered.push_back(i);
    }
}

int CustomerGenerator::uniform(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

bool CustomerGenerator::chance(double probability)
{
    return m_unit(m_random) < probability;
}

std::string CustomerGenerator::digits(int count, char firstMin)
{
    std::string out;
    out.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        out.push_back(char(uniform(i == 0 ? firstMin : '0', '9')));
    return out;
}

const District& CustomerGenerator::pickDistrict()
{
    if (!m_covered.empty() && m_coveredShare > 0 && chance(m_coveredShare))
        return m_districts[m_covered[std::size_t(uniform(0, int(m_covered.size()) - 1))]];
    return m_districts[m_districtPick(m_random)];
}

std::string CustomerGenerator::makeName(bool male)
{
    std::string name(surnames()[m_surnamePick(m_random)].text);
    const auto genderPool = male ? maleGivenCharacters() : femaleGivenCharacters();
    const auto neutralPool = neutralGivenCharacters();
    const int givenCount = chance(kSingleGivenShare) ? 1 : 2;
    for (int i = 0; i < givenCount; ++i) {
        const auto pool = chance(kNeutralCharacterShare) ? neutralPool : genderPool;
        name += pool[std::size_t(uniform(0, int(pool.size()) - 1))];
    }
    return name;
}

std::string CustomerGenerator::makeMobile()
{
    const auto prefixes = mobilePrefixes();
    std::string phone(prefixes[std::size_t(uniform(0, int(prefixes.size()) - 1))]);
    phone += digits(8);
    return phone;
}

GeneratedPhone CustomerGenerator::makeLandline(const District& district)
{
    const std::string_view area = areaCodeFor(district.cityCode, district.provinceCode);
    // 3-digit area codes (010, 02X) have 8-digit local numbers; 4-digit ones 7 or 8.
    const int localLength = area.size() == 3 || !chance(kShortLocalShare) ? 8 : 7;
    std::string local = digits(localLength, '2');
    return GeneratedPhone{std::string(area) + local, local, "landline"};
}

std::string CustomerGenerator::makeEmail()
{
    if (chance(kQqEmailShare))
        return digits(uniform(6, 10), '1') + "@qq.com";
    std::string user;
    const int letters = uniform(3, 8);
    for (int i = 0; i < letters; ++i)
        user.push_back(char(uniform('a', 'z')));
    user += digits(uniform(2, 4));
    const auto domains = emailDomains();
    return user + '@' + std::string(domains[std::size_t(uniform(0, int(domains.size()) - 1))]);
}

std::string CustomerGenerator::makeAddressDetail()
{
    const int floor = uniform(1, 28);
    const std::string room = std::to_string(floor) + '0' + std::to_string(uniform(1, 4)) + "室";
    if (chance(kEstateAddressShare)) {
        const auto names = estates();
        return std::string(names[std::size_t(uniform(0, int(names.size()) - 1))]) + std::to_string(uniform(1, 36))
            + "栋" + std::to_string(uniform(1, 4)) + "单元" + room;
    }
    const auto names = streets();
    return std::string(names[std::size_t(uniform(0, int(names.size()) - 1))]) + std::to_string(uniform(1, 999))
        + "号" + std::to_string(uniform(1, 20)) + "栋" + room;
}

void CustomerGenerator::next(GeneratedCustomer& customer)
{
    const District& district = pickDistrict();
    const bool male = chance(0.5);
    const QDate birth = QDate::fromJulianDay(m_firstBirthDay + uniform(0, int(m_lastBirthDay - m_firstBirthDay)));
    // The 17th digit (the last of the sequence) is odd for men and even for women.
    const int sequence = uniform(0, 499) * 2 + (male ? 1 : 0);
    const QString idNumber =
        common::makeIdNumber(QString::fromLatin1(district.districtCode.data(), qsizetype(district.districtCode.size())),
                             birth, sequence);
    if (idNumber.isEmpty())
        throw std::logic_error("cannot build an ID number for district " + district.districtCode);

    customer.district = &district;
    customer.name = makeName(male);
    customer.gender = male ? "male" : "female";
    customer.birthDate = birth.toString(Qt::ISODate).toStdString();
    customer.idNumber = idNumber.toStdString();
    customer.email = chance(kEmailShare) ? makeEmail() : std::string();
    customer.addressDetail = makeAddressDetail();
    customer.addressText = district.regionText + ' ' + customer.addressDetail;
    const auto jobs = occupations();
    customer.occupation =
        chance(kOccupationShare) ? std::string(jobs[std::size_t(uniform(0, int(jobs.size()) - 1))]) : std::string();
    const double vip = m_unit(m_random);
    customer.vipLevel = vip < 0.85 ? 0 : vip < 0.95 ? 1 : vip < 0.99 ? 2 : 3;

    customer.phones.clear();
    const int phoneCount = chance(kSecondPhoneShare) ? 2 : 1;
    while (int(customer.phones.size()) < phoneCount) {
        GeneratedPhone phone = chance(kLandlineShare) ? makeLandline(district) : GeneratedPhone{};
        if (phone.phone.empty()) {
            phone.phone = makeMobile();
            phone.local = phone.phone;
            phone.kind = "mobile";
        }
        if (customer.phones.empty() || customer.phones.front().phone != phone.phone)
            customer.phones.push_back(std::move(phone));
    }
}

} // namespace csm::server::seed
