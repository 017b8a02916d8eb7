#include "client/app/workflow_state_form.h"

#include "client/core/workflow_text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace csm::client::ui {

using common::WorkflowStateKind;

WorkflowStateForm::WorkflowStateForm(QWidget* parent)
    : QWidget(parent)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_links(new QLabel(this))
{
    setObjectName(QStringLiteral("workflowStateForm"));
    m_code->setObjectName(QStringLiteral("stateCodeEdit"));
    m_code->setMaxLength(40);
    m_code->setToolTip(tr("Lower-case letters, digits and _; unique in the workflow. Renaming it updates the transitions."));
    m_name->setObjectName(QStringLiteral("stateNameEdit"));
    m_name->setMaxLength(100);
    m_kind->setObjectName(QStringLiteral("stateKindBox"));
    for (WorkflowStateKind kind : {WorkflowStateKind::Start, WorkflowStateKind::Normal, WorkflowStateKind::End})
        m_kind->addItem(WorkflowText::kindName(kind), common::workflowStateKindCode(kind));
    m_category->setObjectName(QStringLiteral("stateCategoryBox"));
    m_category->addItem(tr("(from the kind)"), QString());
    for (const QString& category : common::workflowStateCategories())
        m_category->addItem(WorkflowText::categoryName(category), category);
    m_category->setToolTip(tr("What the server reasons about: New (the start), Active, Waiting (the SLA clock may pause), "
                              "Resolved (the work is done), Closed (end states)."));
    m_links->setTextFormat(Qt::PlainText);
    m_links->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(m_links);

    connect(m_code, &QLineEdit::editingFinished, this, &WorkflowStateForm::commit);
    connect(m_name, &QLineEdit::editingFinished, this, &WorkflowStateForm::commit);
    connect(m_kind, &QComboBox::activated, this, &WorkflowStateForm::commit);
    connect(m_category, &QComboBox::activated, this, &WorkflowStateForm::commit);
}

void WorkflowStateForm::setState(const common::WorkflowState& state, int incoming, int outgoing)
{
    m_state = state;
    const QSignalBlocker blockCode(m_code);
    const QSignalBlocker blockName(m_name);
    if (m_code->text() != state.code)
        m_code->setText(state.code);
    if (m_name->text() != state.name)
        m_name->setText(state.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(common::workflowStateKindCode(state.kind))));
    const int category = m_category->findData(state.category);
    m_category->setCurrentIndex(std::max(0, category));
    m_links->setText(tr("Transitions: %1 in, %2 out.").arg(incoming).arg(outgoing));
}

void WorkflowStateForm::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void WorkflowStateForm::commit()
{
    if (m_state.code.isEmpty())
        return;
    common::WorkflowState state = m_state;
    state.code = m_code->text().trimmed();
    state.name = m_name->text().trimmed();
    state.kind = common::workflowStateKindFromCode(m_kind->currentData().toString());
    state.category = m_category->currentData().toString();
    // A kind change carries the fixed spine along: a start state is new, an end state closed.
    if (state.kind != m_state.kind && !state.category.isEmpty()) {
        if (state.kind == WorkflowStateKind::Start)
            state.category = QStringLiteral("new");
        else if (state.kind == WorkflowStateKind::End)
            state.category = QStringLiteral("closed");
        else if (state.category == QLatin1String("new") || state.category == QLatin1String("closed"))
            state.category = QStringLiteral("active");
    }
    if (state.toCbor() == m_state.toCbor())
        return;
    const QString code = m_state.code;
    emit edited(code, state);
}

} // namespace csm::client::ui
