#pragma once
// What a typed search text means: the one search box of the customer workspace understands
// phones, ID numbers, product serial numbers and names by itself; the user may force a field.
#include <QCborMap>
#include <QString>
#include <QStringView>

namespace csm::client {

enum class SearchField { Auto, Name, Phone, IdNumber, Address, Serial };

// digits / '+' / separators → Phone; 18 characters with a valid GB 11643 checksum → IdNumber;
// 5 or more of A–Z 0–9 / _ . - with at least one letter and one digit (KFR35GW2403001234)
// → Serial; anything else → Name. Never returns Auto. A serial number of digits only is
// searched with the field chosen.
SearchField detectSearchField(QStringView text);

// Resolves Auto, then builds the args of customer.search ({phone|name|id_number|address|serial: text}).
QCborMap customerSearchArgs(SearchField field, const QString& text);

// The field after resolving Auto.
SearchField resolveSearchField(SearchField field, QStringView text);

// The key customer.search takes for the field ("phone", "name", "id_number", "address", "serial").
QString searchFieldKey(SearchField field);

} // namespace csm::client
