#include "client/app/group_editor_dialog.h"

#include "client/app/busy_indicator.h"
#include "client/app/error_presenter.h"
#include "client/app/field_errors.h"
#include "client/app/segment_rule_editor.h"
#include "client/core/group_editor_controller.h"
#include "client/core/group_text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace csm::client::ui {

using common::ErrorCode;
using common::GroupKind;

namespace {
QWidget* withMessage(QWidget* parent, QWidget* editor, QLabel*& message)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    message = new QLabel(box);
    message->setTextFormat(Qt::PlainText);
    layout->addWidget(message);
    return box;
}

QMap<QString, QString> translated(const QMap<QString, QString>& problems)
{
    QMap<QString, QString> texts;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        texts.insert(it.key(), GroupText::problemText(it.value()));
    return texts;
}
} // namespace

GroupEditorDialog::GroupEditorDialog(const AppServices& services, const common::CustomerGroup& group, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_group(group)
    , m_controller(new GroupEditorController(services.rpc, this))
    , m_errors(new FieldErrors(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_general(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("groupEditorDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_name->setObjectName(QStringLiteral("groupNameEdit"));
    m_name->setMaxLength(common::kGroupNameMax);
    m_name->setText(group.name);
    m_description->setObjectName(QStringLiteral("groupDescriptionEdit"));
    m_description->setPlainText(group.description);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 3 + 12);
    m_description->setPlaceholderText(tr("What the group is for (optional)"));
    m_general->setObjectName(QStringLiteral("groupProblemLabel"));
    m_general->setTextFormat(Qt::PlainText);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_general->hide();
    m_errors->setGeneralLabel(m_general);
    m_saveButton = m_buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setDefault(true);
    m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_saveButton->setObjectName(QStringLiteral("saveGroupButton"));
    m_saveButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveButton->setToolTip(tr("Save the group (Ctrl+S)"));

    auto* form = new QFormLayout;
    QLabel* nameMessage = nullptr;
    QLabel* descriptionMessage = nullptr;
    form->addRow(tr("Name"), withMessage(this, m_name, nameMessage));
    form->addRow(tr("Description"), withMessage(this, m_description, descriptionMessage));
    auto* kind = new QLabel(GroupText::kindName(group.kind), this);
    kind->setTextFormat(Qt::PlainText);
    form->addRow(tr("Kind"), kind);
    if (!group.orgUnitName.isEmpty()) {
        auto* owner = new QLabel(group.orgUnitName, this);
        owner->setTextFormat(Qt::PlainText);
        form->addRow(tr("Org unit"), owner);
    }
    m_errors->addField(QStringLiteral("name"), m_name, nameMessage);
    m_errors->addField(QStringLiteral("description"), m_description, descriptionMessage);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (group.kind == GroupKind::Segment) {
        auto* box = new QGroupBox(tr("Customers who match all of these conditions"), this);
        auto* boxLayout = new QVBoxLayout(box);
        m_rule = new SegmentRuleEditor(services.regions, box);
        auto* scroll = new QScrollArea(box);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(m_rule);
        boxLayout->addWidget(scroll, 1);
        auto* previewRow = new QHBoxLayout;
        m_preview = new QLabel(box);
        m_preview->setObjectName(QStringLiteral("previewLabel"));
        m_preview->setTextFormat(Qt::PlainText);
        m_preview->setWordWrap(true);
        m_previewBusy = new BusyIndicator(box);
        m_previewBusy->setText(tr("Counting…"));
        previewRow->addWidget(m_preview, 1);
        previewRow->addWidget(m_previewBusy);
        boxLayout->addLayout(previewRow);
        layout->addWidget(box, 1);
        m_rule->setRule(group.rule);
        connect(m_rule, &SegmentRuleEditor::changed, this, &GroupEditorDialog::onRuleChanged);
        connect(m_controller, &GroupEditorController::categoriesLoaded, this, [this] {
            m_rule->setCategories(m_controller->categories());
            onRuleChanged();
        });
        connect(m_controller, &GroupEditorController::previewStarted, this, [this] { m_previewBusy->setBusy(true); });
        connect(m_controller, &GroupEditorController::previewReady, this, [this](qint64 count) {
            m_previewBusy->setBusy(false);
            setPreviewText(tr("%Ln customer(s) match now", nullptr, int(count)), false);
        });
        connect(m_controller, &GroupEditorController::previewFailed, this, &GroupEditorDialog::onPreviewFailed);
        connect(m_controller, &GroupEditorController::failed, this,
                [this](const common::ErrorInfo& error) { m_services.errors.present(error, this); });
        m_controller->loadCategories();
        onRuleChanged();
        resize(720, 640);
    } else {
        resize(480, 260);
    }
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_controller, &GroupEditorController::saved, this, [this](const common::CustomerGroup& saved, bool created) {
        m_saveButton->setEnabled(true);
        emit this->saved(saved, created);
        accept();
    });
    connect(m_controller, &GroupEditorController::saveFailed, this, &GroupEditorDialog::onSaveFailed);
    updateTitle();
}

void GroupEditorDialog::updateTitle()
{
    if (m_group.id == 0)
        setWindowTitle(m_group.kind == GroupKind::Segment ? tr("New segment") : tr("New static list"));
    else
        setWindowTitle(tr("Edit group %1").arg(m_group.name));
}

void GroupEditorDialog::setPreviewText(const QString& text, bool problem)
{
    if (!m_preview)
        return;
    m_preview->setText(text);
    m_preview->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QStringLiteral("font-weight: bold;"));
}

void GroupEditorDialog::onRuleChanged()
{
    // The shared checks first: an incomplete rule is not sent, its rows say what is missing.
    common::SegmentRule parsed;
    const auto problems = common::parseSegmentRule(m_rule->rule().toCbor(), parsed);
    if (!problems.isEmpty()) {
        // A new, untouched condition is incomplete by nature: say so quietly, without red rows.
        m_controller->cancelPreview();
        m_previewBusy->setBusy(false);
        if (problems.contains(QStringLiteral("rule.conditions")))
            setPreviewText(GroupText::problemText(problems.value(QStringLiteral("rule.conditions"))), false);
        else
            setPreviewText(tr("Complete the conditions to see how many customers match."), false);
        return;
    }
    m_rule->clearProblems();
    m_controller->schedulePreview(parsed);
}

void GroupEditorDialog::onPreviewFailed(const common::ErrorInfo& error)
{
    m_previewBusy->setBusy(false);
    if (error.code == ErrorCode::Validation) {
        const auto others = m_rule->showProblems(error.fields);
        setPreviewText(others.isEmpty() ? tr("The rule has problems: see the conditions above.")
                                        : GroupText::problemLines(others),
                       true);
        return;
    }
    setPreviewText(ErrorPresenter::describe(error), true);
}

void GroupEditorDialog::save()
{
    if (m_controller->isSaving())
        return;
    m_errors->clear();
    common::SegmentRule rule;
    if (m_rule) {
        m_rule->clearProblems();
        const auto problems = common::parseSegmentRule(m_rule->rule().toCbor(), rule);
        if (!problems.isEmpty()) {
            const auto others = m_rule->showProblems(problems);
            m_general->setText(others.isEmpty() ? tr("Please complete the conditions marked in red.")
                                                : GroupText::problemLines(others));
            m_general->show();
            return;
        }
    }
    const QCborMap args{{QStringLiteral("name"), m_name->text().trimmed()},
                        {QStringLiteral("description"), m_description->toPlainText().trimmed()}};
    const auto problems = common::validateGroupArgs(args, true);
    if (!problems.isEmpty()) {
        m_errors->show(translated(problems));
        return;
    }
    m_saveButton->setEnabled(false);
    m_controller->save(m_group, m_name->text().trimmed(), m_description->toPlainText().trimmed(), rule);
}

void GroupEditorDialog::onSaveFailed(const common::ErrorInfo& error)
{
    m_saveButton->setEnabled(true);
    if (error.code == ErrorCode::Validation) {
        QMap<QString, QString> rest = error.fields;
        if (m_rule)
            rest = m_rule->showProblems(rest);
        const auto unclaimed = m_errors->show(translated(rest));
        if (!unclaimed.isEmpty() || rest.size() != error.fields.size()) {
            m_general->setText(unclaimed.isEmpty() ? tr("Please correct the conditions marked in red.")
                                                   : GroupText::problemLines(unclaimed));
            m_general->show();
        }
        return;
    }
    ErrorPresenter::Handlers handlers;
    if (error.code == ErrorCode::Conflict) {
        // Someone else changed the group: start again from the stored version.
        handlers.reload = [this] { reject(); };
    }
    m_services.errors.present(error, this, handlers);
}

} // namespace csm::client::ui
