#pragma once
#include <QChar>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace csm::common {

// Mainland China resident identity card numbers (GB 11643-1999, 18 characters:
// 6-digit region code, 8-digit birth date, 3-digit sequence, check character).

// Trims, removes all whitespace, folds full-width digits/X and uppercases a
// trailing 'x'. Does not validate.
QString normalizeIdNumber(QStringView input);

// ISO 7064 MOD 11-2 check character for the first 17 digits ('0'-'9' or 'X').
// Returns a null QChar when the input is not exactly 17 ASCII digits.
QChar idNumberCheckChar(QStringView first17);

// 18 characters: 17 digits + digit/'X'; a real province code (11-15, 21-23,
// 31-37, 41-46, 50-54, 61-65, 71, 81, 82); a real birth date between
// 1900-01-01 (inclusive) and today (inclusive); correct check character.
// Expects the output of normalizeIdNumber() (a lowercase 'x' is rejected).
bool isValidIdNumber(QStringView normalized);

// Birth date / sex of a valid number; nullopt when !isValidIdNumber().
std::optional<QDate> birthDateFromIdNumber(QStringView normalized);
// 17th digit odd = male.
std::optional<bool> isMaleFromIdNumber(QStringView normalized);

// First 4 + 10 '*' + last 4: "3201**********1234". Longer inputs keep the
// first and last 4 as well; shorter inputs are all '*' except the last 4;
// inputs of 4 characters or fewer are masked completely.
QString maskIdNumber(QStringView normalized);

// Builds a valid number (demo data, tests). Returns an empty string when the
// result would not be valid: region code not 6 digits or unknown province,
// birth date invalid / out of range, or sequence outside 0..999.
QString makeIdNumber(QStringView regionCode6, const QDate& birth, int sequence3);

} // namespace csm::common
