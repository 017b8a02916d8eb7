#pragma once
// The editable fields of a customer as the args of customer.create / customer.update, and
// the difference between two such maps (an update sends only what changed).
#include "common/model/customer.h"

#include <QCborMap>

namespace csm::client {

// Every editable field: name, gender, birth_date, phones, id_number, email, address
// {province, city, district, detail}, occupation, vip_level, tags, note.
QCborMap customerEditableArgs(const common::Customer& customer);

// The keys of `edited` whose values differ from `original` (the address travels whole).
QCborMap changedCustomerArgs(const QCborMap& original, const QCborMap& edited);

// customer.update args: id + version + the changes.
QCborMap customerUpdateArgs(qint64 id, int version, const QCborMap& changes);

} // namespace csm::client
