#include "server/modules/contacts/contact_service.h"

#include "server/modules/customers/customer_service.h"
#include "server/rpc/api_error.h"

#include <QCborArray>

namespace csm::server::contacts {
namespace {

constexpr int kPageDefault = 20;
constexpr int kReminderLeadMinutes = 10;
const QStringList kChannels = {QStringLiteral("phone_in"), QStringLiteral("phone_out"), QStringLiteral("fax"),
                               QStringLiteral("email"),    QStringLiteral("web"),       QStringLiteral("letter"),
                               QStringLiteral("walk_in"),  QStringLiteral("sms")};

QCborValue isoOrNull(const QDateTime& time)
{
    return time.isValid() ? QCborValue(time.toString(Qt::ISODateWithMs)) : QCborValue(QCborValue::Null);
}

qint64 requiredCustomer(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const qint64 id = args.requiredInt(QStringLiteral("customer_id"), 1, std::numeric_limits<qint64>::max());
    if (!ContactRepository::customerInScope(tx, id, session.orgPath))
        throw ApiError::notFound(QStringLiteral("customer"));
    return id;
}

QDateTime requiredTime(const Args& args, const QString& field)
{
    const QString text = args.requiredString(field, 40);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        throw ApiError::validation(field, QStringLiteral("a time with its zone, e.g. 2026-11-22T09:30:00Z"));
    return time.toUTC();
}

QCborMap contactToCbor(const ContactRow& contact)
{
    QCborMap map;
    map.insert(QStringLiteral("id"), contact.id);
    map.insert(QStringLiteral("customer_id"), contact.customerId);
    map.insert(QStringLiteral("channel"), contact.channel);
    map.insert(QStringLiteral("occurred_at"), isoOrNull(contact.occurredAt));
    map.insert(QStringLiteral("user_id"), contact.userId);
    map.insert(QStringLiteral("user_name"), contact.userName);
    map.insert(QStringLiteral("summary"), contact.summary);
    if (contact.callId != 0) {
        QCborMap call;
        call.insert(QStringLiteral("id"), contact.callId);
        call.insert(QStringLiteral("outcome"), contact.callOutcome);
        if (contact.talkSeconds >= 0)
            call.insert(QStringLiteral("talk_seconds"), contact.talkSeconds);
        call.insert(QStringLiteral("recording"), contact.recording);
        map.insert(QStringLiteral("call"), call);
    }
    QCborArray tickets;
    for (qint64 id : contact.ticketIds)
        tickets.append(id);
    map.insert(QStringLiteral("ticket_ids"), tickets);
    return map;
}

QCborMap callbackToCbor(const CallbackRow& callback)
{
    QCborMap map;
    map.insert(QStringLiteral("id"), callback.id);
    map.insert(QStringLiteral("customer_id"), callback.customerId);
    map.insert(QStringLiteral("customer_name"), callback.customerName);
    map.insert(QStringLiteral("owner_id"), callback.ownerId);
    map.insert(QStringLiteral("owner_name"), callback.ownerName);
    map.insert(QStringLiteral("contact_id"), callback.contactId);
    map.insert(QStringLiteral("due_at"), isoOrNull(callback.dueAt));
    map.insert(QStringLiteral("note"), callback.note);
    map.insert(QStringLiteral("status"), callback.status);
    map.insert(QStringLiteral("overdue"), callback.status == QLatin1String("open")
                                              && callback.dueAt < QDateTime::currentDateTimeUtc());
    map.insert(QStringLiteral("closed_at"), isoOrNull(callback.closedAt));
    map.insert(QStringLiteral("outcome_note"), callback.outcomeNote);
    map.insert(QStringLiteral("created_at"), isoOrNull(callback.createdAt));
    return map;
}

QCborMap contactPage(pqxx::transaction_base& tx, qint64 customerId, const std::optional<QDateTime>& beforeTime,
                     qint64 beforeId, int limit)
{
    const auto contacts = ContactRepository::list(tx, customerId, beforeTime, beforeId, limit);
    QCborArray items;
    for (const ContactRow& contact : contacts)
        items.append(contactToCbor(contact));
    QCborMap page;
    page.insert(QStringLiteral("items"), items);
    if (static_cast<int>(contacts.size()) == limit) {
        const ContactRow& last = contacts.back();
        page.insert(QStringLiteral("cursor"),
                    last.occurredAt.toString(Qt::ISODateWithMs) + QLatin1Char('|') + QString::number(last.id));
    } else {
        page.insert(QStringLiteral("cursor"), QCborValue(QCborValue::Null));
    }
    return page;
}

QCborArray callbackArray(const std::vector<CallbackRow>& callbacks)
{
    QCborArray items;
    for (const CallbackRow& callback : callbacks)
        items.append(callbackToCbor(callback));
    return items;
}

} // namespace

QCborMap ContactService::list(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const qint64 customerId = requiredCustomer(tx, session, args);
    const int limit = static_cast<int>(args.optionalInt(QStringLiteral("limit"), 1, 100).value_or(kPageDefault));
    std::optional<QDateTime> beforeTime;
    qint64 beforeId = 0;
    if (const auto cursor = args.optionalString(QStringLiteral("cursor"), 80)) {
        const QStringList parts = cursor->split(QLatin1Char('|'));
        bool ok = parts.size() == 2;
        if (ok) {
            beforeTime = QDateTime::fromString(parts[0], Qt::ISODateWithMs);
            beforeId = parts[1].toLongLong(&ok);
        }
        if (!ok || !beforeTime->isValid())
            throw ApiError::validation(QStringLiteral("cursor"), QStringLiteral("not a cursor from contact.list"));
    }
    return contactPage(tx, customerId, beforeTime, beforeId, limit);
}

QCborMap ContactService::create(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    NewContact contact;
    contact.customerId = requiredCustomer(tx, session, args);
    contact.channel = args.requiredString(QStringLiteral("channel"), 20);
    if (!kChannels.contains(contact.channel))
        throw ApiError::validation(QStringLiteral("channel"), QStringLiteral("unknown channel"));
    contact.summary = args.requiredString(QStringLiteral("summary"), 4000);
    if (contact.summary.isEmpty())
        throw ApiError::validation(QStringLiteral("summary"), QStringLiteral("say what the contact was about"));
    contact.occurredAt = args.has(QStringLiteral("occurred_at")) ? requiredTime(args, QStringLiteral("occurred_at"))
                                                                 : QDateTime::currentDateTimeUtc();
    if (contact.occurredAt > QDateTime::currentDateTimeUtc().addSecs(300))
        throw ApiError::validation(QStringLiteral("occurred_at"), QStringLiteral("a contact cannot be in the future"));
    contact.userId = session.userId;
    if (args.has(QStringLiteral("ticket_ids"))) {
        const QCborArray ids = args.map().value(QStringLiteral("ticket_ids")).toArray();
        if (ids.size() > 20)
            throw ApiError::validation(QStringLiteral("ticket_ids"), QStringLiteral("at most 20 tickets"));
        for (const QCborValue& id : ids) {
            if (!id.isInteger() || id.toInteger() <= 0)
                throw ApiError::validation(QStringLiteral("ticket_ids"), QStringLiteral("ticket ids are positive numbers"));
            contact.ticketIds.append(id.toInteger());
        }
    }
    const qint64 id = ContactRepository::insert(tx, contact);
    QCborMap result;
    result.insert(QStringLiteral("id"), id);
    return result;
}

QCborMap ContactService::createCallback(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    NewCallback callback;
    callback.customerId = requiredCustomer(tx, session, args);
    callback.ownerId = session.userId; // first-contact ownership: who promises, owns it
    callback.dueAt = requiredTime(args, QStringLiteral("due_at"));
    if (callback.dueAt < QDateTime::currentDateTimeUtc().addSecs(-60))
        throw ApiError::validation(QStringLiteral("due_at"), QStringLiteral("the due time has passed"));
    callback.note = args.stringOr(QStringLiteral("note"), 1000, QString());
    callback.contactId = args.optionalInt(QStringLiteral("contact_id"), 1, std::numeric_limits<qint64>::max()).value_or(0);
    if (callback.contactId != 0 && !ContactRepository::contactOfCustomer(tx, callback.contactId, callback.customerId))
        throw ApiError::validation(QStringLiteral("contact_id"), QStringLiteral("not a contact of this customer"));
    const qint64 id = ContactRepository::insertCallback(tx, callback, session.userId);
    return callbackToCbor(*ContactRepository::callback(tx, id, false));
}

QCborMap ContactService::listCallbacks(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const QString scope = args.stringOr(QStringLiteral("scope"), 20, QStringLiteral("mine"));
    const int limit = static_cast<int>(args.optionalInt(QStringLiteral("limit"), 1, 500).value_or(100));
    std::vector<CallbackRow> rows;
    if (scope == QLatin1String("mine")) {
        rows = ContactRepository::callbacks(tx, CallbackScope::Mine, session.userId, 0, session.orgPath, limit);
    } else if (scope == QLatin1String("overdue")) {
        if (!session.can(QStringLiteral("cti.wallboard")))
            throw ApiError::permissionDenied(QStringLiteral("the overdue list is for supervisors"));
        rows = ContactRepository::callbacks(tx, CallbackScope::Overdue, 0, 0, session.orgPath, limit);
    } else if (scope == QLatin1String("customer")) {
        const qint64 customerId = requiredCustomer(tx, session, args);
        rows = ContactRepository::callbacks(tx, CallbackScope::Customer, 0, customerId, session.orgPath, limit);
    } else {
        throw ApiError::validation(QStringLiteral("scope"), QStringLiteral("must be mine, overdue or customer"));
    }
    QCborMap result;
    result.insert(QStringLiteral("items"), callbackArray(rows));
    return result;
}

QCborMap ContactService::closeCallback(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const qint64 id = args.requiredInt(QStringLiteral("id"), 1, std::numeric_limits<qint64>::max());
    const auto callback = ContactRepository::callback(tx, id, true);
    if (!callback || !ContactRepository::customerInScope(tx, callback->customerId, session.orgPath))
        throw ApiError::notFound(QStringLiteral("callback"));
    if (callback->ownerId != session.userId && !session.can(QStringLiteral("cti.wallboard")))
        throw ApiError::permissionDenied(QStringLiteral("only its owner or a supervisor closes a promise"));
    if (callback->status != QLatin1String("open"))
        throw ApiError::conflict(QStringLiteral("the promise is closed already"));
    if (!args.has(QStringLiteral("kept")))
        throw ApiError::validation(QStringLiteral("kept"), QStringLiteral("say whether the promise was kept"));
    const bool kept = args.boolOr(QStringLiteral("kept"), false);
    ContactRepository::closeCallback(tx, id, kept, session.userId,
                                     args.stringOr(QStringLiteral("note"), 1000, QString()));
    return callbackToCbor(*ContactRepository::callback(tx, id, false));
}

QCborMap ContactService::view360(pqxx::transaction_base& tx, const Session& session, const Args& args)
{
    const qint64 id = args.requiredInt(QStringLiteral("id"), 1, std::numeric_limits<qint64>::max());
    QCborMap result;
    result.insert(QStringLiteral("customer"), customers::CustomerService::get(tx, session, id).toCbor());
    result.insert(QStringLiteral("contacts"), contactPage(tx, id, std::nullopt, 0, kPageDefault));
    result.insert(QStringLiteral("callbacks"),
                  callbackArray(ContactRepository::callbacks(tx, CallbackScope::Customer, 0, id, session.orgPath, 20)));
    QCborMap repeat;
    repeat.insert(QStringLiteral("calls_7d"), ContactRepository::recentCalls(tx, id));
    result.insert(QStringLiteral("repeat"), repeat);
    return result;
}

Pushes ContactService::remindCallbacks(pqxx::connection& connection)
{
    pqxx::work tx(connection);
    const auto due = ContactRepository::claimReminders(tx, kReminderLeadMinutes);
    tx.commit();
    Pushes pushes;
    for (const CallbackRow& callback : due)
        pushes.push_back(Push::toUser(callback.ownerId, {QStringLiteral("callback.due"), callbackToCbor(callback)}));
    return pushes;
}

} // namespace csm::server::contacts
