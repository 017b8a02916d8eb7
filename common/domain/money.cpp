#include "common/domain/money.h"

#include <limits>

namespace csm::common {
namespace {

constexpr Fen kFenPerYuan = 100;
constexpr qsizetype kMaxDecimals = 2;
constexpr qsizetype kGroupSize = 3;
constexpr quint64 kMaxMagnitude = quint64(std::numeric_limits<Fen>::max());

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isCurrencySign(QChar c)
{
    return c == QChar(0x00A5) || c == QChar(0xFFE5); // ¥ and full-width ￥
}

// Full-width digits, comma, dot and minus to ASCII.
QString foldWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0xFF10 && u <= 0xFF19) || u == 0xFF0C || u == 0xFF0E || u == 0xFF0D)
            c = QChar(char16_t(u - 0xFEE0));
        out.append(c);
    }
    return out;
}

// Checks "1,234,567" style grouping and returns the digits without commas.
std::optional<QString> integerDigits(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    if (!text.contains(u',')) {
        for (QChar c : text) {
            if (!isAsciiDigit(c))
                return std::nullopt;
        }
        return text.toString();
    }
    QString digits;
    qsizetype groupLength = 0;
    bool firstGroup = true;
    for (QChar c : text) {
        if (isAsciiDigit(c)) {
            digits.append(c);
            ++groupLength;
            if (firstGroup && groupLength > kGroupSize)
                return std::nullopt;
        } else if (c == u',') {
            if (groupLength == 0 || (!firstGroup && groupLength != kGroupSize))
                return std::nullopt;
            firstGroup = false;
            groupLength = 0;
        } else {
            return std::nullopt;
        }
    }
    if (groupLength != kGroupSize)
        return std::nullopt;
    return digits;
}

} // namespace

QString formatFen(Fen amount)
{
    const bool negative = amount < 0;
    // Magnitude in unsigned arithmetic so that the minimum value does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(amount) : quint64(amount);
    const quint64 yuan = magnitude / kFenPerYuan;
    const quint64 fen = magnitude % kFenPerYuan;

    const QString plain = QString::number(yuan);
    QString grouped;
    grouped.reserve(plain.size() + plain.size() / kGroupSize + 4);
    if (negative)
        grouped.append(QLatin1Char('-'));
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (i > 0 && (plain.size() - i) % kGroupSize == 0)
            grouped.append(QLatin1Char(','));
        grouped.append(plain[i]);
    }
    grouped.append(QLatin1Char('.'));
    grouped.append(QStringLiteral("%1").arg(fen, 2, 10, QLatin1Char('0')));
    return grouped;
}

std::optional<Fen> parseYuan(QStringView text)
{
    const QString folded = foldWidth(text.trimmed());
    QStringView rest(folded);

    bool negative = false;
    if (rest.startsWith(u'-')) {
        negative = true;
        rest = rest.mid(1);
    }
    if (!rest.isEmpty() && isCurrencySign(rest.front())) {
        rest = rest.mid(1).trimmed();
        if (!negative && rest.startsWith(u'-')) {
            negative = true;
            rest = rest.mid(1);
        }
    }
    if (rest.isEmpty())
        return std::nullopt;

    const qsizetype dot = rest.indexOf(u'.');
    const QStringView integerPart = dot < 0 ? rest : rest.first(dot);
    const QStringView decimalPart = dot < 0 ? QStringView() : rest.mid(dot + 1);
    if (dot >= 0 && (decimalPart.isEmpty() || decimalPart.size() > kMaxDecimals))
        return std::nullopt;
    for (QChar c : decimalPart) {
        if (!isAsciiDigit(c))
            return std::nullopt;
    }
    const std::optional<QString> digits = integerDigits(integerPart);
    if (!digits)
        return std::nullopt;

    quint64 magnitude = 0;
    for (QChar c : *digits) {
        const quint64 digit = quint64(c.unicode() - u'0');
        if (magnitude > (kMaxMagnitude - digit) / 10)
            return std::nullopt;
        magnitude = magnitude * 10 + digit;
    }
    quint64 fen = 0;
    for (qsizetype i = 0; i < kMaxDecimals; ++i)
        fen = fen * 10 + (i < decimalPart.size() ? quint64(decimalPart[i].unicode() - u'0') : 0);
    if (magnitude > (kMaxMagnitude - fen) / kFenPerYuan)
        return std::nullopt;
    magnitude = magnitude * kFenPerYuan + fen;

    const Fen value = Fen(magnitude);
    return negative ? -value : value;
}

} // namespace csm::common
