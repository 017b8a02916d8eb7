#include "client/app/workflow_transition_form.h"

#include "client/app/role_names.h"
#include "client/core/workflow_text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;

QStringList fieldLabels()
{
    QStringList labels;
    for (const QString& field : common::workflowFieldNames())
        labels.append(WorkflowText::fieldName(field));
    return labels;
}

QString effectLine(const common::WorkflowEffect& effect)
{
    return effect.param.isEmpty() ? WorkflowText::effectName(effect.type)
                                  : QStringLiteral("%1: %2").arg(WorkflowText::effectName(effect.type), effect.param);
}
} // namespace

WorkflowTransitionForm::WorkflowTransitionForm(QWidget* parent)
    : QWidget(parent)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_effects(new QListWidget(this))
    , m_effectType(new QComboBox(this))
    , m_effectParam(new QLineEdit(this))
    , m_addEffect(new QPushButton(tr("&Add effect"), this))
    , m_removeEffect(new QPushButton(tr("Remo&ve"), this))
{
    setObjectName(QStringLiteral("workflowTransitionForm"));
    m_code->setObjectName(QStringLiteral("transitionCodeEdit"));
    m_code->setMaxLength(40);
    m_code->setToolTip(tr("Lower-case letters, digits and _; unique in the workflow."));
    m_name->setObjectName(QStringLiteral("transitionNameEdit"));
    m_name->setMaxLength(100);
    m_from->setObjectName(QStringLiteral("transitionFromBox"));
    m_to->setObjectName(QStringLiteral("transitionToBox"));

    QStringList roleLabels;
    for (const QString& role : common::workflowRoleCodes())
        roleLabels.append(roleDisplayName(role));
    m_roles = checkList(QStringLiteral("transitionRolesList"), common::workflowRoleCodes(), roleLabels);
    m_required = checkList(QStringLiteral("transitionRequiredList"), common::workflowFieldNames(), fieldLabels());
    m_optional = checkList(QStringLiteral("transitionOptionalList"), common::workflowFieldNames(), fieldLabels());

    m_effects->setObjectName(QStringLiteral("transitionEffectsList"));
    m_effectType->setObjectName(QStringLiteral("effectTypeBox"));
    for (const QString& type : common::workflowEffectTypes())
        m_effectType->addItem(WorkflowText::effectName(type), type);
    m_effectParam->setObjectName(QStringLiteral("effectParamEdit"));
    m_effectParam->setMaxLength(100);
    m_addEffect->setObjectName(QStringLiteral("addEffectButton"));
    m_removeEffect->setObjectName(QStringLiteral("removeEffectButton"));
    auto* effectsPage = new QWidget(this);
    auto* effectsLayout = new QVBoxLayout(effectsPage);
    effectsLayout->addWidget(m_effects, 1);
    effectsLayout->addWidget(m_effectType);
    effectsLayout->addWidget(m_effectParam);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addEffect);
    buttons->addWidget(m_removeEffect);
    buttons->addStretch(1);
    effectsLayout->addLayout(buttons);

    m_tabs->setObjectName(QStringLiteral("transitionTabs"));
    m_tabs->addTab(m_roles, tr("Roles"));
    m_tabs->addTab(m_required, tr("Required"));
    m_tabs->addTab(m_optional, tr("Optional"));
    m_tabs->addTab(effectsPage, tr("Effects"));
    m_tabs->setTabToolTip(1, tr("Fields the order must have for this transition"));
    m_tabs->setTabToolTip(2, tr("Further fields the transition may set"));

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);

    connect(m_code, &QLineEdit::editingFinished, this, &WorkflowTransitionForm::commit);
    connect(m_name, &QLineEdit::editingFinished, this, &WorkflowTransitionForm::commit);
    connect(m_from, &QComboBox::activated, this, &WorkflowTransitionForm::commit);
    connect(m_to, &QComboBox::activated, this, &WorkflowTransitionForm::commit);
    for (QListWidget* list : {m_roles, m_required, m_optional})
        connect(list, &QListWidget::itemChanged, this, [this] {
            if (!m_filling)
                commit();
        });
    connect(m_effectType, &QComboBox::currentIndexChanged, this, &WorkflowTransitionForm::updateEffectHint);
    connect(m_effectParam, &QLineEdit::returnPressed, m_addEffect, &QPushButton::click);
    connect(m_addEffect, &QPushButton::clicked, this, [this] {
        m_effectList.append(common::WorkflowEffect{m_effectType->currentData().toString(), m_effectParam->text().trimmed()});
        m_effectParam->clear();
        commit();
    });
    connect(m_removeEffect, &QPushButton::clicked, this, [this] {
        const int row = m_effects->currentRow();
        if (row < 0 || row >= m_effectList.size())
            return;
        m_effectList.removeAt(row);
        commit();
    });
    connect(m_effects, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeEffect->setEnabled(row >= 0); });
    updateEffectHint();
}

QListWidget* WorkflowTransitionForm::checkList(const QString& name, const QStringList& codes, const QStringList& labels)
{
    auto* list = new QListWidget(this);
    list->setObjectName(name);
    for (int index = 0; index < codes.size(); ++index) {
        auto* item = new QListWidgetItem(labels.at(index), list);
        item->setData(kCodeRole, codes.at(index));
        item->setToolTip(codes.at(index));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    return list;
}

QStringList WorkflowTransitionForm::checkedCodes(const QListWidget* list)
{
    QStringList codes;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            codes.append(list->item(row)->data(kCodeRole).toString());
    return codes;
}

void WorkflowTransitionForm::setCheckedCodes(QListWidget* list, const QStringList& codes)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        item->setCheckState(codes.contains(item->data(kCodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

bool WorkflowTransitionForm::setChecked(QListWidget* list, const QString& code, bool checked)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        if (item->data(kCodeRole).toString() == code) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void WorkflowTransitionForm::setTransition(const common::WorkflowTransition& transition,
                                           const common::WorkflowDefinition& definition)
{
    m_filling = true;
    m_transition = transition;
    m_effectList = transition.effects;
    const QSignalBlocker blockCode(m_code);
    const QSignalBlocker blockName(m_name);
    if (m_code->text() != transition.code)
        m_code->setText(transition.code);
    if (m_name->text() != transition.name)
        m_name->setText(transition.name);
    for (QComboBox* box : {m_from, m_to}) {
        box->clear();
        for (const common::WorkflowState& state : definition.states)
            box->addItem(QStringLiteral("%1 (%2)").arg(state.name, state.code), state.code);
    }
    m_from->setCurrentIndex(m_from->findData(transition.from));
    m_to->setCurrentIndex(m_to->findData(transition.to));
    setCheckedCodes(m_roles, transition.roles);
    setCheckedCodes(m_required, transition.requiredFields);
    setCheckedCodes(m_optional, transition.optionalFields);
    showEffects();
    m_filling = false;
}

void WorkflowTransitionForm::showEffects()
{
    const int row = m_effects->currentRow();
    m_effects->clear();
    for (const common::WorkflowEffect& effect : std::as_const(m_effectList))
        m_effects->addItem(effectLine(effect));
    m_effects->setCurrentRow(std::min(row, int(m_effects->count()) - 1));
    m_removeEffect->setEnabled(m_effects->currentRow() >= 0);
}

void WorkflowTransitionForm::updateEffectHint()
{
    m_effectParam->setPlaceholderText(WorkflowText::effectParamHint(m_effectType->currentData().toString()));
    m_effectParam->setToolTip(m_effectParam->placeholderText());
}

void WorkflowTransitionForm::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void WorkflowTransitionForm::commit()
{
    if (m_transition.code.isEmpty())
        return;
    common::WorkflowTransition transition = m_transition;
    transition.code = m_code->text().trimmed();
    transition.name = m_name->text().trimmed();
    if (m_from->currentIndex() >= 0)
        transition.from = m_from->currentData().toString();
    if (m_to->currentIndex() >= 0)
        transition.to = m_to->currentData().toString();
    transition.roles = checkedCodes(m_roles);
    transition.requiredFields = checkedCodes(m_required);
    transition.optionalFields = checkedCodes(m_optional);
    transition.effects = m_effectList;
    if (transition.toCbor() == m_transition.toCbor()) {
        showEffects();
        return;
    }
    const QString code = m_transition.code;
    emit edited(code, transition);
}

} // namespace csm::client::ui
