#include "server/modules/workflows/workflow_service.h"

#include "common/model/service_type.h"
#include "server/rpc/api_error.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace csm::server::workflows {

using common::WorkflowDefinition;

namespace {
constexpr int kMaxStates = 100;
constexpr int kMaxTransitions = 400;
constexpr int kMaxEffects = 10;
constexpr int kNameMax = 100;
constexpr int kParamMax = 100;

QString requiredServiceType(const Args& args)
{
    const QString type = args.requiredString(QStringLiteral("service_type"), 40);
    if (!common::isServiceType(type))
        throw ApiError::validation(QStringLiteral("service_type"),
                                   QStringLiteral("unknown service type '%1'; one of: %2")
                                       .arg(type, common::serviceTypeCodes().join(QStringLiteral(", "))));
    return type;
}

QCborArray requiredArray(const Args& args, const QString& field, int maxItems)
{
    const QCborValue value = args.map().value(field);
    if (!value.isArray())
        throw ApiError::validation(field, QStringLiteral("must be a list"));
    const QCborArray array = value.toArray();
    if (array.size() > maxItems)
        throw ApiError::validation(field, QStringLiteral("must have at most %1 items").arg(maxItems));
    for (const QCborValue& item : array)
        if (!item.isMap())
            throw ApiError::validation(field, QStringLiteral("every item must be a map"));
    return array;
}

// Shape checks the DTO cannot express (types, lengths, kinds); the rules are validateWorkflow's.
void checkShape(const QCborArray& states, const QCborArray& transitions)
{
    auto text = [](const QCborMap& map, const char* key, const QString& field, int max) {
        const QCborValue value = map.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            throw ApiError::validation(field, QStringLiteral("%1 must be a string").arg(QLatin1String(key)));
        if (value.toString().size() > max)
            throw ApiError::validation(field, QStringLiteral("%1 must be at most %2 characters").arg(QLatin1String(key)).arg(max));
    };
    for (const QCborValue& item : states) {
        const QCborMap state = item.toMap();
        const QString field = QStringLiteral("states.") + state.value(QStringLiteral("code")).toString();
        text(state, "code", field, 40);
        text(state, "name", field, kNameMax);
        text(state, "category", field, 20);
        bool ok = false;
        const QString kind = state.value(QStringLiteral("kind")).toString();
        common::workflowStateKindFromCode(kind, &ok);
        if (!ok && !kind.isEmpty())   // absent: a normal state
            throw ApiError::validation(field, QStringLiteral("kind must be start, normal or end"));
    }
    for (const QCborValue& item : transitions) {
        const QCborMap transition = item.toMap();
        const QString field = QStringLiteral("transitions.") + transition.value(QStringLiteral("code")).toString();
        for (const char* key : {"code", "from", "to"})
            text(transition, key, field, 40);
        text(transition, "name", field, kNameMax);
        const QCborArray effects = transition.value(QStringLiteral("effects")).toArray();
        if (effects.size() > kMaxEffects)
            throw ApiError::validation(field, QStringLiteral("at most %1 effects").arg(kMaxEffects));
        for (const QCborValue& effect : effects)
            text(effect.toMap(), "param", field, kParamMax);
    }
}

// The wire key of a problem: the state or transition it concerns, or the flow itself.
QString problemField(const common::WorkflowProblem& problem, const WorkflowDefinition& definition)
{
    static const QSet<QString> transitionProblems{
        QStringLiteral("duplicate_transition"), QStringLiteral("unknown_state"), QStringLiteral("no_roles"),
        QStringLiteral("unknown_role"), QStringLiteral("unknown_field"), QStringLiteral("unknown_effect")};
    if (problem.subject.isEmpty() || problem.code == QLatin1String("unknown_service_type")
        || problem.code == QLatin1String("several_starts"))
        return QStringLiteral("workflow");
    if (transitionProblems.contains(problem.code)
        || (!definition.state(problem.subject) && definition.transition(problem.subject)))
        return QStringLiteral("transitions.") + problem.subject;
    return QStringLiteral("states.") + problem.subject;
}

QString auditDetail(const WorkflowDefinition& definition)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("service_type"), definition.serviceType},
                                                       {QStringLiteral("version"), definition.version},
                                                       {QStringLiteral("states"), int(definition.states.size())},
                                                       {QStringLiteral("transitions"), int(definition.transitions.size())}})
                                 .toJson(QJsonDocument::Compact));
}
} // namespace

QCborMap WorkflowService::toCbor(const StoredWorkflow& stored, bool latest)
{
    QCborMap map = stored.definition.toCbor();
    map.insert(QStringLiteral("id"), stored.id);
    map.insert(QStringLiteral("latest"), latest);
    map.insert(QStringLiteral("created_by"), stored.createdBy);
    map.insert(QStringLiteral("created_by_name"), stored.createdByName);
    map.insert(QStringLiteral("created_at"), stored.createdAt.isValid()
                                                 ? QCborValue(stored.createdAt.toString(Qt::ISODateWithMs))
                                                 : QCborValue(QCborValue::Null));
    return map;
}

QCborMap WorkflowService::get(pqxx::transaction_base& tx, const Args& args) const
{
    const QString type = requiredServiceType(args);
    const std::optional<qint64> latest = WorkflowRepository::latestId(tx, type);
    std::optional<qint64> id = latest;
    if (const auto version = args.optionalInt(QStringLiteral("version"), 1, std::numeric_limits<int>::max()))
        id = WorkflowRepository::versionId(tx, type, int(*version));
    if (!id)
        throw ApiError::notFound(QStringLiteral("workflow"));
    return toCbor(*m_store->get(tx, *id), id == latest);
}

QCborMap WorkflowService::list(pqxx::transaction_base& tx, const Args& args) const
{
    std::vector<WorkflowHeader> headers;
    if (args.has(QStringLiteral("service_type")))
        headers = WorkflowRepository::listVersions(tx, requiredServiceType(args));
    else
        headers = WorkflowRepository::listLatest(tx);
    QCborArray items;
    for (const WorkflowHeader& h : headers) {
        QCborMap item;
        item.insert(QStringLiteral("id"), h.id);
        item.insert(QStringLiteral("service_type"), h.serviceType);
        item.insert(QStringLiteral("version"), h.version);
        item.insert(QStringLiteral("name"), h.name);
        item.insert(QStringLiteral("states"), h.stateCount);
        item.insert(QStringLiteral("transitions"), h.transitionCount);
        item.insert(QStringLiteral("latest"), h.latest);
        item.insert(QStringLiteral("created_by"), h.createdBy);
        item.insert(QStringLiteral("created_by_name"), h.createdByName);
        item.insert(QStringLiteral("created_at"), h.createdAt.isValid()
                                                      ? QCborValue(h.createdAt.toString(Qt::ISODateWithMs))
                                                      : QCborValue(QCborValue::Null));
        items.append(item);
    }
    QCborMap result;
    result.insert(QStringLiteral("items"), items);
    return result;
}

QCborMap WorkflowService::save(pqxx::transaction_base& tx, const Session& session, const Args& args) const
{
    const QString type = requiredServiceType(args);
    const QCborArray states = requiredArray(args, QStringLiteral("states"), kMaxStates);
    const QCborArray transitions = requiredArray(args, QStringLiteral("transitions"), kMaxTransitions);
    checkShape(states, transitions);
    WorkflowDefinition definition = WorkflowDefinition::fromCbor(args.map());
    definition.name = args.requiredString(QStringLiteral("name"), kNameMax);
    for (common::WorkflowState& state : definition.states) {
        state.code = state.code.trimmed();
        state.name = state.name.trimmed();
    }

    const QList<common::WorkflowProblem> problems = common::validateWorkflow(definition);
    if (!problems.isEmpty()) {
        QMap<QString, QString> fields;
        for (const common::WorkflowProblem& problem : problems) {
            QString& text = fields[problemField(problem, definition)];
            text = text.isEmpty() ? problem.message : text + QStringLiteral("; ") + problem.message;
        }
        throw ApiError(common::ErrorCode::Validation,
                       QStringLiteral("the workflow is not valid: %1%2")
                           .arg(problems.front().message,
                                problems.size() > 1 ? QStringLiteral(" (and %1 more)").arg(problems.size() - 1)
                                                    : QString()),
                       fields);
    }

    // Serialise saves of one service type; the editor names the version it started from.
    const auto current = WorkflowRepository::lockLatest(tx, type);
    if (const auto base = args.optionalInt(QStringLiteral("base_version"), 0, std::numeric_limits<int>::max())) {
        const int latest = current ? current->second : 0;
        if (*base != latest)
            throw ApiError::conflict(QStringLiteral("version %1 of the %2 workflow was saved meanwhile (yours is based on "
                                                    "version %3); reload it")
                                         .arg(latest)
                                         .arg(type)
                                         .arg(*base));
    }
    if (current) {
        QStringList kept;
        for (const common::WorkflowState& state : definition.states)
            kept.append(state.code);
        const auto used = WorkflowRepository::runningOutside(tx, current->first, kept);
        if (!used.empty()) {
            QMap<QString, QString> fields;
            QStringList names;
            for (const auto& [state, count] : used) {
                fields.insert(QStringLiteral("states.") + state,
                              QStringLiteral("state '%1' is still used by %2 running orders of version %3")
                                  .arg(state)
                                  .arg(count)
                                  .arg(current->second));
                names.append(QStringLiteral("'%1'").arg(state));
            }
            throw ApiError(common::ErrorCode::Validation,
                           QStringLiteral("state %1 cannot be removed: running orders of version %2 are in it")
                               .arg(names.join(QStringLiteral(", ")))
                               .arg(current->second),
                           fields);
        }
    }

    definition.version = current ? current->second + 1 : 1;
    const qint64 id = WorkflowRepository::insert(tx, definition, definition.version, session.userId);
    WorkflowRepository::audit(tx, session.userId, QStringLiteral("workflow.save"), id, auditDetail(definition));
    return toCbor(*m_store->get(tx, id), true);
}

} // namespace csm::server::workflows
