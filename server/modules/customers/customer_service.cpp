#include "server/modules/customers/customer_service.h"

#include "common/domain/id_number.h"
#include "common/domain/phone.h"
#include "common/domain/text_rules.h"
#include "common/model/customer_product.h"
#include "server/modules/customers/custom_field_service.h"
#include "server/modules/customers/customer_repository.h"
#include "server/rpc/api_error.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csm::server::customers {

using common::Customer;

namespace {
constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 200;

QString phoneKindName(common::PhoneKind kind)
{
    switch (kind) {
    case common::PhoneKind::Mobile: return QStringLiteral("mobile");
    case common::PhoneKind::Landline: return QStringLiteral("landline");
    case common::PhoneKind::Service: return QStringLiteral("service");
    case common::PhoneKind::International: return QStringLiteral("international");
    }
    return QStringLiteral("mobile");
}

Customer masked(Customer customer)
{
    if (!customer.idNumber.isEmpty())
        customer.idNumber = common::maskIdNumber(customer.idNumber);
    customer.idNumberMasked = true;
    return customer;
}

// Merges the args over `base` (update) or over empty values (create) and checks every rule.
// The custom values are checked with the other fields, so that one answer names every problem.
CustomerWrite merge(pqxx::transaction_base& tx, const Args& args, const Customer& base, std::vector<PhoneRow>& phones,
                    bool& phonesGiven, std::vector<CustomValueWrite>& customWrites, bool creating)
{
    auto problems = common::validateCustomerArgs(args.map(), creating);
    const auto customProblems = CustomFieldService::checkValues(tx, args, base.id, creating, customWrites);
    for (auto it = customProblems.cbegin(); it != customProblems.cend(); ++it)
        problems.insert(it.key(), it.value());
    if (!problems.isEmpty())
        throw ApiError::validation(problems);

    CustomerWrite write;
    write.name = args.has(QStringLiteral("name")) ? common::simplifiedText(args.requiredString(QStringLiteral("name"), common::kCustomerNameMax)) : base.name;
    write.gender = args.has(QStringLiteral("gender")) ? args.stringOr(QStringLiteral("gender"), 10, {}) : base.gender;
    write.birthDate = args.has(QStringLiteral("birth_date")) ? args.optionalDate(QStringLiteral("birth_date"))
                                                             : std::optional<QDate>(base.birthDate);
    write.idNumber = args.has(QStringLiteral("id_number"))
        ? common::normalizeIdNumber(args.stringOr(QStringLiteral("id_number"), 30, {})) : base.idNumber;
    write.email = args.has(QStringLiteral("email")) ? args.stringOr(QStringLiteral("email"), 254, {}) : base.email;
    write.occupation = args.has(QStringLiteral("occupation")) ? args.stringOr(QStringLiteral("occupation"), 50, {}) : base.occupation;
    write.incomeBand = args.has(QStringLiteral("income_band")) ? args.stringOr(QStringLiteral("income_band"), 20, {}) : base.incomeBand;
    write.family = args.has(QStringLiteral("family")) ? args.stringOr(QStringLiteral("family"), 200, {}) : base.family;
    write.vipLevel = args.has(QStringLiteral("vip_level")) ? int(*args.optionalInt(QStringLiteral("vip_level"), 0, 9)) : base.vipLevel;
    write.tags = args.has(QStringLiteral("tags"))
        ? *args.optionalStringList(QStringLiteral("tags"), common::kCustomerTagsMax, common::kCustomerTagMax) : base.tags;
    write.tags.removeDuplicates();
    write.note = args.has(QStringLiteral("note")) ? args.stringOr(QStringLiteral("note"), common::kCustomerNoteMax, {}) : base.note;

    write.address = base.address;
    if (const auto address = args.optionalMap(QStringLiteral("address"))) {
        const Args fields(*address);
        write.address.provinceCode = fields.stringOr(QStringLiteral("province"), 6, {});
        write.address.cityCode = fields.stringOr(QStringLiteral("city"), 6, {});
        write.address.districtCode = fields.stringOr(QStringLiteral("district"), 6, {});
        write.address.detail = common::simplifiedText(fields.stringOr(QStringLiteral("detail"), common::kAddressDetailMax, {}));
        if (write.address.districtCode.size() && write.address.cityCode.isEmpty())
            throw ApiError::validation(QStringLiteral("address.city"), QStringLiteral("is required with a district"));
        if (write.address.cityCode.size() && write.address.provinceCode.isEmpty())
            throw ApiError::validation(QStringLiteral("address.province"), QStringLiteral("is required with a city"));
        const auto regions = CustomerRepository::regionText(tx, write.address);
        if (!regions)
            throw ApiError::validation(QStringLiteral("address"), QStringLiteral("province, city and district do not match the region tree"));
        write.address.text = (*regions + QLatin1Char(' ') + write.address.detail).trimmed();
    }

    phonesGiven = args.has(QStringLiteral("phones"));
    if (phonesGiven) {
        const QStringList given = *args.optionalStringList(QStringLiteral("phones"), common::kCustomerPhonesMax, 40);
        QStringList seen;
        for (const QString& raw : given) {
            const auto phone = common::normalizePhone(raw);
            if (!phone)
                throw ApiError::validation(QStringLiteral("phones"), QStringLiteral("'%1' is not a valid phone number").arg(raw));
            if (seen.contains(phone->digits))
                continue;
            seen.append(phone->digits);
            phones.push_back(PhoneRow{phone->digits, phone->local.isEmpty() ? phone->digits : phone->local,
                                      phoneKindName(phone->kind)});
        }
    }
    return write;
}

// The names of the fields written (a custom value as "custom.<code>"), never their values.
QString changedFieldsJson(const Args& args, qint64 version)
{
    QJsonArray fields;
    for (auto it = args.map().cbegin(); it != args.map().cend(); ++it) {
        const QString key = it.key().toString();
        if (key == QLatin1String("custom")) {
            const QCborMap custom = it.value().toMap();
            for (auto value = custom.cbegin(); value != custom.cend(); ++value)
                fields.append(common::customFieldKey(value.key().toString()));
        } else if (key != QLatin1String("id") && key != QLatin1String("version")) {
            fields.append(key);
        }
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("fields"), fields},
                                                       {QStringLiteral("version"), version}})
                                 .toJson(QJsonDocument::Compact));
}
} // namespace

Customer CustomerService::create(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    std::vector<PhoneRow> phones;
    bool phonesGiven = false;
    std::vector<CustomValueWrite> customWrites;
    const CustomerWrite write = merge(tx, args, Customer{}, phones, phonesGiven, customWrites, true);
    qint64 orgUnitId = session.orgUnitId;
    if (const auto requested = args.optionalInt(QStringLiteral("org_unit_id"), 1, std::numeric_limits<qint64>::max())) {
        const std::string path = CustomerRepository::orgPath(tx, *requested);
        const std::string scope = session.orgPath;
        if (path.empty() || !(path == scope || path.rfind(scope + ".", 0) == 0))
            throw ApiError::validation(QStringLiteral("org_unit_id"), QStringLiteral("is not an org unit you may assign"));
        orgUnitId = *requested;
    }
    const qint64 id = CustomerRepository::insert(tx, write, orgUnitId, session.userId);
    CustomerRepository::replacePhones(tx, id, phones);
    CustomFieldService::writeValues(tx, id, customWrites);
    CustomerRepository::audit(tx, session.userId, QStringLiteral("customer.create"), id, changedFieldsJson(args, 1));
    const auto record = CustomerRepository::find(tx, id, session.orgPath);
    if (!record)
        throw ApiError::notFound(QStringLiteral("customer"));
    return masked(record->customer);
}

Customer CustomerService::update(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const qint64 id = args.requiredInt(QStringLiteral("id"), 1, std::numeric_limits<qint64>::max());
    const int version = int(args.requiredInt(QStringLiteral("version"), 1, std::numeric_limits<int>::max()));
    const auto current = CustomerRepository::find(tx, id, session.orgPath, true);
    if (!current)
        throw ApiError::notFound(QStringLiteral("customer"));
    if (current->customer.version != version)
        throw ApiError::conflict(QStringLiteral("the customer was changed by someone else (version %1, yours %2); reload it")
                                     .arg(current->customer.version).arg(version));
    std::vector<PhoneRow> phones;
    bool phonesGiven = false;
    std::vector<CustomValueWrite> customWrites;
    const CustomerWrite write = merge(tx, args, current->customer, phones, phonesGiven, customWrites, false);
    if (!CustomerRepository::update(tx, id, version, write))
        throw ApiError::conflict(QStringLiteral("the customer was changed by someone else; reload it"));
    if (phonesGiven)
        CustomerRepository::replacePhones(tx, id, phones);
    CustomFieldService::writeValues(tx, id, customWrites);
    CustomerRepository::audit(tx, session.userId, QStringLiteral("customer.update"), id, changedFieldsJson(args, version + 1));
    const auto record = CustomerRepository::find(tx, id, session.orgPath);
    return masked(record->customer);
}

Customer CustomerService::get(pqxx::transaction_base& tx, const Session& session, qint64 id)
{
    const auto record = CustomerRepository::find(tx, id, session.orgPath);
    if (!record)
        throw ApiError::notFound(QStringLiteral("customer"));
    return masked(record->customer);
}

SearchRequest CustomerService::parseSearch(const Args& args)
{
    SearchRequest request;
    SearchCriteria& criteria = request.criteria;
    if (const auto phoneText = args.optionalString(QStringLiteral("phone"), 40); phoneText && !phoneText->isEmpty()) {
        const auto phone = common::normalizePhone(*phoneText);
        if (!phone)
            throw ApiError::validation(QStringLiteral("phone"), QStringLiteral("is not a valid phone number"));
        if (phone->kind == common::PhoneKind::Landline && phone->areaCode.isEmpty())
            criteria.localPhone = phone->digits;
        else
            criteria.phone = phone->digits;
    }
    if (const auto name = args.optionalString(QStringLiteral("name"), common::kCustomerNameMax); name && !name->isEmpty())
        criteria.name = common::simplifiedText(*name);
    if (const auto idText = args.optionalString(QStringLiteral("id_number"), 30); idText && !idText->isEmpty()) {
        const QString idNumber = common::normalizeIdNumber(*idText);
        if (!common::isValidIdNumber(idNumber))
            throw ApiError::validation(QStringLiteral("id_number"), QStringLiteral("is not a valid ID number (GB 11643)"));
        criteria.idNumber = idNumber;
    }
    if (const auto address = args.optionalString(QStringLiteral("address"), 100); address && !address->isEmpty()) {
        if (common::textLength(*address) < 2)
            throw ApiError::validation(QStringLiteral("address"), QStringLiteral("needs at least 2 characters"));
        criteria.address = *address;
    }
    if (const auto serialText = args.optionalString(QStringLiteral("serial"), common::kProductSerialMax + 10);
        serialText && !serialText->isEmpty()) {
        const QString serial = common::normalizeSerialNumber(*serialText);
        if (!common::isValidSerialNumber(serial))
            throw ApiError::validation(QStringLiteral("serial"), QStringLiteral("is not a serial number (letters, digits, / _ . -)"));
        criteria.serial = serial;
    }
    if (!criteria.phone && !criteria.localPhone && !criteria.name && !criteria.idNumber && !criteria.address
        && !criteria.serial)
        throw ApiError::validation(QStringLiteral("phone"),
                                   QStringLiteral("give a phone, name, ID number, address or serial number to search for"));
    request.limit = int(args.optionalInt(QStringLiteral("limit"), 1, kMaxPageSize).value_or(kDefaultPageSize));
    if (const auto cursor = args.optionalString(QStringLiteral("cursor"), 20); cursor && !cursor->isEmpty()) {
        bool ok = false;
        request.afterId = cursor->toLongLong(&ok);
        if (!ok || request.afterId < 0)
            throw ApiError::validation(QStringLiteral("cursor"), QStringLiteral("is not a cursor from a previous page"));
    }
    return request;
}

SearchPage CustomerService::page(std::vector<CustomerRecord> records, int limit)
{
    SearchPage page;
    const bool more = static_cast<int>(records.size()) > limit;
    if (more)
        records.resize(limit);
    page.items.reserve(records.size());
    for (auto& record : records)
        page.items.push_back(masked(std::move(record.customer)));
    if (more)
        page.cursor = QString::number(page.items.back().id);
    return page;
}

common::Customer CustomerService::visible(CustomerRecord record)
{
    return masked(std::move(record.customer));
}

SearchPage CustomerService::search(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const SearchRequest request = parseSearch(args);
    // One row more than asked tells whether another page exists.
    return page(CustomerRepository::search(tx, request.criteria, session.orgPath, request.afterId, request.limit + 1),
                request.limit);
}

QString CustomerService::revealIdNumber(pqxx::transaction_base& tx, const Session& session, qint64 id)
{
    const auto record = CustomerRepository::find(tx, id, session.orgPath);
    if (!record)
        throw ApiError::notFound(QStringLiteral("customer"));
    CustomerRepository::audit(tx, session.userId, QStringLiteral("customer.id_number.view"), id, QStringLiteral("{}"));
    return record->customer.idNumber;
}

} // namespace csm::server::customers
