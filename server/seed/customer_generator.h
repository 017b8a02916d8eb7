#pragma once
// Realistic generated customers: Chinese names, gender matching the ID number, valid ID
// numbers from real district codes, addresses consistent with the region tree and phones in
// the normalised form csm::common::normalizePhone produces. Deterministic for a given seed.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace csm::server::seed {

// A level-3 region with its parents, as loaded from the region table.
struct District {
    std::string provinceCode;
    std::string cityCode;
    std::string districtCode;
    std::string regionText; // "江苏省 南京市 玄武区": names joined by single spaces
    int ownerIndex = -1;    // index into the loader's owners, -1 = the default owner (HQ)
};

struct GeneratedPhone {
    std::string phone; // normalised digits
    std::string local; // local number of a landline; = phone for mobiles
    std::string kind;  // "mobile" or "landline"
};

struct GeneratedCustomer {
    std::string name;
    std::string gender;    // "male" / "female", consistent with the ID number
    std::string birthDate; // ISO yyyy-MM-dd
    std::string idNumber;
    std::string email;     // empty = none
    std::string addressDetail;
    std::string addressText;
    std::string occupation;
    int vipLevel = 0;
    const District* district = nullptr;
    std::vector<GeneratedPhone> phones; // 1 or 2
};

class CustomerGenerator {
public:
    // `districts` must not be empty. `coveredShare`: probability of drawing a district that a
    // service point covers (ownerIndex >= 0) rather than from the regular weighting; 0 keeps the
    // regular weighting (which reaches covered districts only by chance).
    CustomerGenerator(std::vector<District> districts, std::uint64_t seed, double coveredShare = 0.0);

    // Fills `customer` (reusing its buffers) with the next generated customer.
    void next(GeneratedCustomer& customer);

    const std::vector<District>& districts() const { return m_districts; }

private:
    const District& pickDistrict();
    std::string makeName(bool male);
    std::string makeMobile();
    GeneratedPhone makeLandline(const District& district);
    std::string makeEmail();
    std::string makeAddressDetail();
    std::string digits(int count, char firstMin = '0');
    int uniform(int low, int high); // inclusive
    bool chance(double probability);

    std::vector<District> m_districts;
    std::vector<std::size_t> m_covered; // indices of districts with an owner
    double m_coveredShare;
    std::mt19937_64 m_random;
    std::discrete_distribution<std::size_t> m_districtPick;
    std::discrete_distribution<std::size_t> m_surnamePick;
    std::uniform_real_distribution<double> m_unit{0.0, 1.0};
    std::int64_t m_firstBirthDay; // Julian day numbers of the birth date range
    std::int64_t m_lastBirthDay;
};

} // namespace csm::server::seed
