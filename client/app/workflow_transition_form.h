#pragma once
// The side form of the selected transition: code, name, the two states, and in tabs the roles
// that may take it, the fields it requires and may set (checkable lists from the workflow
// vocabularies) and its effects (type + parameter). Every finished edit is reported as the
// whole transition (`edited`).
#include "common/model/workflow.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;

namespace csm::client::ui {

class WorkflowTransitionForm : public QWidget {
    Q_OBJECT
public:
    explicit WorkflowTransitionForm(QWidget* parent = nullptr);

    // Shows the transition; the state boxes offer the states of `definition`.
    void setTransition(const common::WorkflowTransition& transition, const common::WorkflowDefinition& definition);
    const QString& code() const { return m_transition.code; }
    void focusName();

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* fromBox() const { return m_from; }
    QComboBox* toBox() const { return m_to; }
    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* rolesList() const { return m_roles; }
    QListWidget* requiredList() const { return m_required; }
    QListWidget* optionalList() const { return m_optional; }
    QListWidget* effectsList() const { return m_effects; }
    QComboBox* effectTypeBox() const { return m_effectType; }
    QLineEdit* effectParamEdit() const { return m_effectParam; }
    QPushButton* addEffectButton() const { return m_addEffect; }
    QPushButton* removeEffectButton() const { return m_removeEffect; }
    // Checks or unchecks the entry with this code in one of the lists (tests, keyboard users).
    static bool setChecked(QListWidget* list, const QString& code, bool checked);

signals:
    void edited(const QString& code, const csm::common::WorkflowTransition& transition);

private:
    QListWidget* checkList(const QString& name, const QStringList& codes, const QStringList& labels);
    static QStringList checkedCodes(const QListWidget* list);
    static void setCheckedCodes(QListWidget* list, const QStringList& codes);
    void showEffects();
    void updateEffectHint();
    void commit();

    common::WorkflowTransition m_transition;
    QList<common::WorkflowEffect> m_effectList;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_from;
    QComboBox* m_to;
    QTabWidget* m_tabs;
    QListWidget* m_roles;
    QListWidget* m_required;
    QListWidget* m_optional;
    QListWidget* m_effects;
    QComboBox* m_effectType;
    QLineEdit* m_effectParam;
    QPushButton* m_addEffect;
    QPushButton* m_removeEffect;
    bool m_filling = false;
};

} // namespace csm::client::ui
