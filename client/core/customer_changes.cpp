#include "client/core/customer_changes.h"

#include <QCborArray>

namespace csm::client {

QCborMap customerEditableArgs(const common::Customer& customer)
{
    QCborMap args;
    args.insert(QStringLiteral("name"), customer.name);
    args.insert(QStringLiteral("gender"), customer.gender);
    args.insert(QStringLiteral("birth_date"),
                customer.birthDate.isValid() ? customer.birthDate.toString(Qt::ISODate) : QString());
    args.insert(QStringLiteral("phones"), QCborArray::fromStringList(customer.phones));
    args.insert(QStringLiteral("id_number"), customer.idNumber);
    args.insert(QStringLiteral("email"), customer.email);
    QCborMap address;
    address.insert(QStringLiteral("province"), customer.address.provinceCode);
    address.insert(QStringLiteral("city"), customer.address.cityCode);
    address.insert(QStringLiteral("district"), customer.address.districtCode);
    address.insert(QStringLiteral("detail"), customer.address.detail);
    args.insert(QStringLiteral("address"), address);
    args.insert(QStringLiteral("occupation"), customer.occupation);
    args.insert(QStringLiteral("vip_level"), customer.vipLevel);
    args.insert(QStringLiteral("tags"), QCborArray::fromStringList(customer.tags));
    args.insert(QStringLiteral("note"), customer.note);
    return args;
}

QCborMap changedCustomerArgs(const QCborMap& original, const QCborMap& edited)
{
    QCborMap changes;
    for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
        if (!original.contains(it.key()) || original.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    }
    return changes;
}

QCborMap customerUpdateArgs(qint64 id, int version, const QCborMap& changes)
{
    QCborMap args = changes;
    args.insert(QStringLiteral("id"), id);
    args.insert(QStringLiteral("version"), version);
    return args;
}

} // namespace csm::client
