#pragma once
// The wording of the workflow vocabulary (service types, state kinds and categories, ticket
// fields, effects, the problems validateWorkflow finds): the definition holds codes, the
// client owns the words.
#include "common/model/workflow.h"

#include <QCoreApplication>
#include <QString>

namespace csm::client {

class WorkflowText {
    Q_DECLARE_TR_FUNCTIONS(csm::client::WorkflowText)
public:
    static QString serviceTypeName(const QString& serviceType);
    static QString kindName(common::WorkflowStateKind kind);
    static QString categoryName(const QString& category);
    static QString fieldName(const QString& field);
    static QString effectName(const QString& effect);
    // What the parameter of an effect means (a hint for the editor).
    static QString effectParamHint(const QString& effect);
    // The problem in words, naming its subject.
    static QString problemText(const common::WorkflowProblem& problem);
    // The fill colour of a state of this category, as "#rrggbb" (core has no Qt Gui).
    static QString categoryColor(const QString& category);
};

} // namespace csm::client
