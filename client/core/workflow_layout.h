#pragma once
// Where the states of a workflow sit on the editor's canvas. A state is drawn as a box of
// kWorkflowNodeWidth × kWorkflowNodeHeight centred on its (x, y); the default flows use a grid
// of kWorkflowColumnStep × kWorkflowRowStep.
#include "common/model/workflow.h"

#include <QPointF>
#include <QStringList>

namespace csm::client {

inline constexpr double kWorkflowNodeWidth = 124;
inline constexpr double kWorkflowNodeHeight = 52;
inline constexpr double kWorkflowColumnStep = 200;
inline constexpr double kWorkflowRowStep = 150;

// True when the boxes of two states at these centres overlap.
bool workflowNodesOverlap(double x1, double y1, double x2, double y2);

// Places the states that have no place of their own — a state whose box overlaps the box of a
// state listed before it (a flow saved without positions has every state at 0, 0) — with a
// simple layered layout: the column is the distance from the start state (states that cannot
// be reached go one column after the farthest), the row the first free one in that column.
// Returns the codes of the states it moved.
QStringList layoutUnplacedStates(common::WorkflowDefinition& definition);

// A free place for a new state near (x, y): the first grid row below it that no box covers.
QPointF freeWorkflowPlace(const common::WorkflowDefinition& definition, double x, double y);

} // namespace csm::client
