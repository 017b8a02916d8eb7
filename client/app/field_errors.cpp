#include "client/app/field_errors.h"

#include <QVBoxLayout>

#include "client/app/error_presenter.h"

#include <QLabel>
#include <QWidget>

namespace csm::client::ui {

namespace {
const char* const kErrorStyle = "border: 1px solid #c62828; border-radius: 2px;";
const char* const kErrorProperty = "csmFieldError";
} // namespace

FieldErrors::FieldErrors(QObject* parent)
    : QObject(parent)
{
}

void FieldErrors::addField(const QString& key, QWidget* editor, QLabel* message)
{
    if (message) {
        message->setTextFormat(Qt::PlainText);
        message->setWordWrap(true);
        message->setStyleSheet(QStringLiteral("color: #c62828;"));
        message->hide();
    }
    m_fields.insert(key, Field{editor, message});
}

void FieldErrors::addAlias(const QString& key, const QString& field)
{
    m_aliases.insert(key, field);
}

void FieldErrors::mark(Field& field, const QString& text)
{
    if (field.editor) {
        field.editor->setProperty(kErrorProperty, true);
        field.editor->setStyleSheet(QString::fromLatin1(kErrorStyle));
    }
    if (field.message) {
        const QString shown = field.message->isVisible() && !field.message->text().isEmpty()
            ? field.message->text() + QLatin1Char('\n') + text : text;
        field.message->setText(shown);
        field.message->show();
    }
}

QMap<QString, QString> FieldErrors::show(const QMap<QString, QString>& problems)
{
    clear();
    QMap<QString, QString> unclaimed;
    QWidget* first = nullptr;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        const QString key = m_fields.contains(it.key()) ? it.key() : m_aliases.value(it.key());
        auto field = m_fields.find(key);
        const QString text = ErrorPresenter::fieldProblemText(it.value());
        if (field == m_fields.end()) {
            unclaimed.insert(it.key(), text);
            continue;
        }
        mark(*field, text);
        if (!m_marked.contains(key))
            m_marked.append(key);
        if (!first && field->editor)
            first = field->editor;
    }
    if (m_general) {
        QStringList lines;
        for (auto it = unclaimed.cbegin(); it != unclaimed.cend(); ++it)
            lines.append(tr("%1: %2").arg(fieldLabel(it.key()), it.value()));
        m_general->setText(lines.join(QLatin1Char('\n')));
        m_general->setVisible(!lines.isEmpty());
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return unclaimed;
}

void FieldErrors::clear()
{
    for (auto& field : m_fields) {
        if (field.editor && field.editor->property(kErrorProperty).toBool()) {
            field.editor->setProperty(kErrorProperty, false);
            field.editor->setStyleSheet(QString());
        }
        if (field.message) {
            field.message->clear();
            field.message->hide();
        }
    }
    m_marked.clear();
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

QString FieldErrors::messageFor(const QString& key) const
{
    const auto it = m_fields.constFind(key);
    if (it == m_fields.cend() || !it->message || it->message->isHidden())
        return {};
    return it->message->text();
}

QString FieldErrors::fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("phones"), QT_TR_NOOP("Phones")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Birth date")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("address.province"), QT_TR_NOOP("Province")},
        {QStringLiteral("address.city"), QT_TR_NOOP("City")},
        {QStringLiteral("address.district"), QT_TR_NOOP("District")},
        {QStringLiteral("address.detail"), QT_TR_NOOP("Street address")},
        {QStringLiteral("occupation"), QT_TR_NOOP("Occupation")},
        {QStringLiteral("vip_level"), QT_TR_NOOP("VIP level")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("username"), QT_TR_NOOP("Username")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Display name")},
        {QStringLiteral("password"), QT_TR_NOOP("Password")},
        {QStringLiteral("org_unit_id"), QT_TR_NOOP("Org unit")},
        {QStringLiteral("roles"), QT_TR_NOOP("Roles")},
        {QStringLiteral("extension"), QT_TR_NOOP("Extension")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("Parent")},
        {QStringLiteral("permissions"), QT_TR_NOOP("Permissions")},
        {QStringLiteral("model_id"), QT_TR_NOOP("Model")},
        {QStringLiteral("serial_number"), QT_TR_NOOP("Serial number")},
        {QStringLiteral("serial"), QT_TR_NOOP("Serial number")},
        {QStringLiteral("purchase_date"), QT_TR_NOOP("Purchase date")},
        {QStringLiteral("install_date"), QT_TR_NOOP("Install date")},
        {QStringLiteral("dealer"), QT_TR_NOOP("Dealer")},
        {QStringLiteral("custom"), QT_TR_NOOP("Custom fields")},
        {QStringLiteral("label_en"), QT_TR_NOOP("English label")},
        {QStringLiteral("label_zh"), QT_TR_NOOP("Chinese label")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("options"), QT_TR_NOOP("Options")},
        {QStringLiteral("required"), QT_TR_NOOP("Required")},
        {QStringLiteral("max_length"), QT_TR_NOOP("Maximum length")},
        {QStringLiteral("min"), QT_TR_NOOP("Minimum")},
        {QStringLiteral("max"), QT_TR_NOOP("Maximum")},
        {QStringLiteral("decimals"), QT_TR_NOOP("Decimals")},
        {QStringLiteral("position"), QT_TR_NOOP("Order")},
    };
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : tr(it.value());
}

QWidget* FieldErrors::addFieldBox(const QString& key, QWidget* editor, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto* message = new QLabel(box);
    message->setObjectName(key + QStringLiteral("Error"));
    layout->addWidget(message);
    addField(key, editor, message);
    return box;
}

} // namespace csm::client::ui
