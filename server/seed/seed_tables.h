#pragma once
// Static vocabularies for generated customers: surnames with their weights, given-name
// characters, streets, occupations, mobile prefixes and telephone area codes.
#include <span>
#include <string_view>

namespace csm::server::seed {

struct WeightedText {
    std::string_view text;
    double weight;   // relative; roughly the share in per mille of the population
};

// Common single-character surnames (weighted) and a few compound ones (欧阳, 司马, ...).
std::span<const WeightedText> surnames();

// Characters for given names: typically male, typically female, and either.
std::span<const std::string_view> maleGivenCharacters();
std::span<const std::string_view> femaleGivenCharacters();
std::span<const std::string_view> neutralGivenCharacters();

// Street names ("中山路") and residential estates ("阳光花园") for address details.
std::span<const std::string_view> streets();
std::span<const std::string_view> estates();

std::span<const std::string_view> occupations();
std::span<const std::string_view> emailDomains();

// Three-digit mobile prefixes ("139"), all accepted by csm::common::normalizePhone.
std::span<const std::string_view> mobilePrefixes();

// Relative weight of a province (2-digit code "32") when drawing customer districts:
// the maker's core markets (Jiangsu, Zhejiang, Beijing, Shanghai, Guangdong) dominate.
double provinceWeight(std::string_view provinceCode2);

// The real long-distance area code with its leading 0 ("025") of a city (6-digit code),
// falling back to the area code of the province's capital.
std::string_view areaCodeFor(std::string_view cityCode, std::string_view provinceCode);

} // namespace csm::server::seed
