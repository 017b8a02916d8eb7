#pragma once
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace csm::common {

// Money is always an integer number of fen (1 yuan = 100 fen); never a double.
using Fen = qint64;

// "12.34", "-0.05", "1,234,567.00": always two decimals, ',' thousands
// separators, no currency symbol, '-' for negative amounts.
QString formatFen(Fen amount);

// Parses a yuan amount as typed by a user: "12", "12.3", "12.34", "¥12.34",
// "￥12.34", "1,234.50", "-5.00", "-¥5". Surrounding whitespace and whitespace
// after the currency symbol are ignored; full-width digits are accepted.
// Thousands separators are optional but must group by exactly 3 when present.
// Returns nullopt for empty input, garbage, a missing integer part (".5"), a
// dangling dot ("12."), more than 2 decimals and values outside the range of Fen.
std::optional<Fen> parseYuan(QStringView text);

} // namespace csm::common
