#pragma once
#include <QString>
#include <QStringView>

#include <optional>

namespace csm::common {

enum class PhoneKind { Mobile, Landline, Service, International };

struct NormalizedPhone {
    // Canonical form that is stored and searched:
    //   mobile        "13912345678"
    //   landline      "02512345678" (area code with leading 0 + local), or just
    //                 the local number "12345678" when no area code was given
    //   service       "4008123123", "95588"
    //   international "+14155550100"
    QString digits;
    PhoneKind kind = PhoneKind::Mobile;
    // "025", "010", "0755"; empty when not known (always empty unless Landline).
    QString areaCode;
    // Landline: the local number "12345678". Every other kind: same as digits.
    QString local;

    friend bool operator==(const NormalizedPhone&, const NormalizedPhone&) = default;
};

// Normalises a Chinese phone number as typed by a user or delivered by a CTI
// system. Spaces, dashes, dots and parentheses are ignored, full-width
// characters are folded, a +86 / 0086 / 86 country prefix is removed and an
// extension (after 转, 分机, ext, x or #) is dropped.
// Returns nullopt when the input is not a phone number: empty, withheld
// ("anonymous", "unknown", "restricted", ...), letters, too short or too long.
std::optional<NormalizedPhone> normalizePhone(QStringView input);

// Display form: "139 1234 5678", "025-12345678", "400-812-3123", "95588",
// "+14155550100".
QString formatPhone(const NormalizedPhone& phone);

} // namespace csm::common
