#include "common/domain/id_number.h"

#include <array>

namespace csm::common {
namespace {

constexpr qsizetype kIdLength = 18;
constexpr qsizetype kBodyLength = 17;
constexpr qsizetype kRegionLength = 6;
constexpr qsizetype kBirthOffset = 6;
constexpr qsizetype kBirthLength = 8;
constexpr qsizetype kSexDigitIndex = 16;
constexpr int kMaxSequence = 999;
constexpr std::array<int, kBodyLength> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::u16string_view kCheckChars = u"10X98765432";
constexpr std::array<int, 34> kProvinceCodes{
    11, 12, 13, 14, 15,         // North
    21, 22, 23,                 // North-east
    31, 32, 33, 34, 35, 36, 37, // East
    41, 42, 43, 44, 45, 46,     // South-central
    50, 51, 52, 53, 54,         // South-west
    61, 62, 63, 64, 65,         // North-west
    71, 81, 82,                 // Taiwan, Hong Kong, Macau
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

int digitAt(QStringView text, qsizetype index)
{
    return text[index].unicode() - u'0';
}

bool isProvinceCode(int code)
{
    for (int province : kProvinceCodes) {
        if (province == code)
            return true;
    }
    return false;
}

QDate earliestBirthDate()
{
    return QDate(1900, 1, 1);
}

bool isPlausibleBirthDate(const QDate& date)
{
    return date.isValid() && date >= earliestBirthDate() && date <= QDate::currentDate();
}

// Parses YYYYMMDD; an invalid QDate for impossible dates such as 19900230.
QDate parseBirthDate(QStringView digits8)
{
    int value[3] = {0, 0, 0};
    const qsizetype lengths[3] = {4, 2, 2};
    qsizetype pos = 0;
    for (int part = 0; part < 3; ++part) {
        for (qsizetype i = 0; i < lengths[part]; ++i)
            value[part] = value[part] * 10 + digitAt(digits8, pos++);
    }
    return QDate(value[0], value[1], value[2]);
}

} // namespace

QString normalizeIdNumber(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (c.isSpace())
            continue;
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(char16_t(u - 0xFF10 + u'0'));
        else if (u == 0xFF38)
            c = QChar(u'X');
        else if (u == 0xFF58)
            c = QChar(u'x');
        out.append(c);
    }
    if (!out.isEmpty() && out.back() == u'x')
        out.back() = QChar(u'X');
    return out;
}

QChar idNumberCheckChar(QStringView first17)
{
    if (first17.size() != kBodyLength || !allDigits(first17))
        return QChar();
    int sum = 0;
    for (qsizetype i = 0; i < kBodyLength; ++i)
        sum += digitAt(first17, i) * kWeights[size_t(i)];
    return QChar(kCheckChars[size_t(sum % 11)]);
}

bool isValidIdNumber(QStringView normalized)
{
    if (normalized.size() != kIdLength)
        return false;
    const QStringView body = normalized.first(kBodyLength);
    if (!allDigits(body))
        return false;
    if (!isProvinceCode(digitAt(body, 0) * 10 + digitAt(body, 1)))
        return false;
    if (!isPlausibleBirthDate(parseBirthDate(body.mid(kBirthOffset, kBirthLength))))
        return false;
    return idNumberCheckChar(body) == normalized[kBodyLength];
}

std::optional<QDate> birthDateFromIdNumber(QStringView normalized)
{
    if (!isValidIdNumber(normalized))
        return std::nullopt;
    return parseBirthDate(normalized.mid(kBirthOffset, kBirthLength));
}

std::optional<bool> isMaleFromIdNumber(QStringView normalized)
{
    if (!isValidIdNumber(normalized))
        return std::nullopt;
    return digitAt(normalized, kSexDigitIndex) % 2 == 1;
}

QString maskIdNumber(QStringView normalized)
{
    constexpr qsizetype kKeep = 4;
    const qsizetype size = normalized.size();
    if (size <= kKeep)
        return QString(size, QLatin1Char('*'));
    const qsizetype shownHead = size < kIdLength ? 0 : kKeep;
    QString masked;
    masked.reserve(size);
    masked.append(normalized.first(shownHead));
    masked.append(QString(size - shownHead - kKeep, QLatin1Char('*')));
    masked.append(normalized.last(kKeep));
    return masked;
}

QString makeIdNumber(QStringView regionCode6, const QDate& birth, int sequence3)
{
    if (regionCode6.size() != kRegionLength || !allDigits(regionCode6))
        return QString();
    if (!isProvinceCode(digitAt(regionCode6, 0) * 10 + digitAt(regionCode6, 1)))
        return QString();
    if (!isPlausibleBirthDate(birth) || sequence3 < 0 || sequence3 > kMaxSequence)
        return QString();

    QString body = regionCode6.toString();
    body += birth.toString(QStringLiteral("yyyyMMdd"));
    body += QStringLiteral("%1").arg(sequence3, 3, 10, QLatin1Char('0'));
    return body + idNumberCheckChar(body);
}

} // namespace csm::common
