// The graphical workflow editor against a real server: the repair flow is loaded, a state is
// added and connected by transitions drawn with the mouse, roles and required fields are set in
// the side form, the flow is saved as a new version and loaded again; a flow with an
// unreachable state shows the problem and is not sent; deleting a state that transitions use
// asks first; undo/redo; a flow saved without positions is laid out without overlaps.
#include "tests/ui/ui_test_support.h"

#include "client/app/client_app.h"
#include "client/app/main_window.h"
#include "client/app/workflow_items.h"
#include "client/app/workflow_page.h"
#include "client/app/workflow_scene.h"
#include "client/app/workflow_state_form.h"
#include "client/app/workflow_transition_form.h"
#include "client/app/workflow_view.h"
#include "client/core/workflow_editor_controller.h"
#include "client/core/workflow_layout.h"

#include <QAction>
#include <QCborArray>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QWheelEvent>

using namespace csm;
using Subject = client::ui::WorkflowScene::Subject;

namespace {

class UiWorkflowEditor : public test::UiServerTest {
protected:
    void SetUp() override
    {
        UiServerTest::SetUp();
        if (HasFatalFailure())
            return;
        setLanguage(QStringLiteral("en"));
        m_app = std::make_unique<client::ui::ClientApp>();
        m_app->start({serverAddress(), QStringLiteral("boss"), QStringLiteral("secret-pass-1")});
        ASSERT_TRUE(test::waitFor([&] { return m_app->mainWindow() && m_app->mainWindow()->isVisible(); }));
        m_app->mainWindow()->resize(1366, 768);
        ASSERT_TRUE(m_app->mainWindow()->showWorkspace(QStringLiteral("workflows")));
        m_page = m_app->mainWindow()->workflowPage();
        ASSERT_NE(m_page, nullptr);
        m_controller = m_page->controller();
        ASSERT_TRUE(waitLoaded(QStringLiteral("repair"), 1));
    }

    void TearDown() override
    {
        m_app.reset();
        UiServerTest::TearDown();
    }

    bool waitLoaded(const QString& type, int version)
    {
        return test::waitFor([&] {
            return !m_controller->isBusy() && m_controller->hasDefinition()
                   && m_controller->loadedDefinition().serviceType == type
                   && m_controller->loadedDefinition().version == version;
        });
    }

    QPoint viewPoint(const QPointF& scenePos) const { return m_page->view()->mapFromScene(scenePos); }

    // Drags on the canvas with the real mouse events of the view.
    void drag(const QPointF& from, const QPointF& to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* viewport = m_page->view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, modifiers, viewPoint(from));
        const QPointF step = (to - from) / 4;
        for (int index = 1; index <= 4; ++index)
            QTest::mouseMove(viewport, viewPoint(from + step * index));
        QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, viewPoint(to));
        test::pump(50);
    }

    QPointF handleOf(const QString& state) const
    {
        return m_page->scene()->node(state)->pos() + QPointF(client::kWorkflowNodeWidth / 2, 0);
    }

    QPointF centerOf(const QString& state) const { return m_page->scene()->node(state)->pos(); }

    // A key as the user types it: through the window, so that shortcuts see it.
    void keys(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* window = widget->window();
        window->activateWindow();
        QApplication::setActiveWindow(window);
        widget->setFocus(Qt::OtherFocusReason);
        test::waitFor([&] { return QApplication::focusWidget() == widget; }, 2000);
        QTest::keyClick(widget, key, modifiers);
        test::pump(20);
    }

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        edit->setText(text);
        test::pressKey(edit, Qt::Key_Return);
    }

    common::WorkflowDefinition serverFlow(const QString& type)
    {
        const auto response = callAs(m_admin, QStringLiteral("workflow.get"), QCborMap{{QStringLiteral("service_type"), type}});
        EXPECT_TRUE(response.ok) << response.error.message.toStdString();
        return common::WorkflowDefinition::fromCbor(response.result.toMap());
    }

    std::unique_ptr<client::ui::ClientApp> m_app;
    client::ui::WorkflowPage* m_page = nullptr;
    client::WorkflowEditorController* m_controller = nullptr;
};

} // namespace

TEST_F(UiWorkflowEditor, AddsAStateConnectsItSavesANewVersionAndLoadsItAgain)
{
    EXPECT_EQ(m_controller->definition().name, QStringLiteral("维修流程 (含大修)"));
    EXPECT_NE(m_page->scene()->node(QStringLiteral("depot_repair")), nullptr) << "the major repair path is drawn";
    EXPECT_NE(m_page->scene()->arrow(QStringLiteral("escalate")), nullptr);
    EXPECT_TRUE(m_controller->problems().isEmpty());
    EXPECT_FALSE(m_page->saveAction()->isEnabled() && m_controller->isModified());

    // A new state below "completed": the state form shows it; code and name typed in.
    const QPointF completed = centerOf(QStringLiteral("completed"));
    m_page->view()->centerOn(completed);
    const QString added = m_controller->addState(completed.x(), completed.y() + 150);
    ASSERT_FALSE(added.isEmpty());
    m_page->selectSubject(Subject::State, added);
    ASSERT_EQ(m_page->sidePanel()->currentWidget(), m_page->stateForm());
    type(m_page->stateForm()->codeEdit(), QStringLiteral("quality_check"));
    type(m_page->stateForm()->nameEdit(), QStringLiteral("质检"));
    ASSERT_NE(m_controller->definition().state(QStringLiteral("quality_check")), nullptr);
    EXPECT_EQ(m_controller->definition().state(QStringLiteral("quality_check"))->name, QStringLiteral("质检"));
    EXPECT_EQ(m_page->stateForm()->code(), QStringLiteral("quality_check")) << "the selection follows the new code";
    // Not connected yet: it cannot be reached and cannot reach an end.
    EXPECT_GE(m_page->problemsList()->count(), 2);

    // A transition dragged from the handle of "completed" to the new state, another with
    // Shift from the new state to "closed".
    drag(handleOf(QStringLiteral("completed")), centerOf(QStringLiteral("quality_check")));
    ASSERT_EQ(m_controller->definition().transitions.size(), 23) << "one transition added by the drag";
    const common::WorkflowTransition toCheck = m_controller->definition().transitions.last();
    EXPECT_EQ(toCheck.from, QStringLiteral("completed"));
    EXPECT_EQ(toCheck.to, QStringLiteral("quality_check"));
    EXPECT_EQ(m_page->sidePanel()->currentWidget(), m_page->transitionForm());
    drag(centerOf(QStringLiteral("quality_check")), centerOf(QStringLiteral("closed")), Qt::ShiftModifier);
    ASSERT_EQ(m_controller->definition().transitions.size(), 24);
    const common::WorkflowTransition toClose = m_controller->definition().transitions.last();
    EXPECT_EQ(toClose.from, QStringLiteral("quality_check"));
    EXPECT_EQ(toClose.to, QStringLiteral("closed"));
    EXPECT_NE(m_controller->definition().state(QStringLiteral("closed")), nullptr) << "closed is still there";

    // Roles and fields in the side form: both new transitions need roles.
    auto setUp = [&](const QString& code, const QString& newCode, const QString& name, const QString& role,
                     const QString& field) {
        m_page->selectSubject(Subject::Transition, code);
        client::ui::WorkflowTransitionForm* form = m_page->transitionForm();
        ASSERT_EQ(form->code(), code);
        type(form->codeEdit(), newCode);
        type(form->nameEdit(), name);
        ASSERT_EQ(form->code(), newCode);
        EXPECT_TRUE(client::ui::WorkflowTransitionForm::setChecked(form->rolesList(), role, true));
        EXPECT_TRUE(client::ui::WorkflowTransitionForm::setChecked(form->requiredList(), field, true));
        EXPECT_TRUE(client::ui::WorkflowTransitionForm::setChecked(form->optionalList(), QStringLiteral("note"), true));
    };
    setUp(toCheck.code, QStringLiteral("inspect"), QStringLiteral("质检抽查"), QStringLiteral("supervisor"),
          QStringLiteral("resolution"));
    setUp(toClose.code, QStringLiteral("pass_check"), QStringLiteral("质检通过"), QStringLiteral("supervisor"),
          QStringLiteral("visit_result"));
    // An effect on the last one.
    client::ui::WorkflowTransitionForm* form = m_page->transitionForm();
    form->effectTypeBox()->setCurrentIndex(form->effectTypeBox()->findData(QStringLiteral("notify")));
    form->effectParamEdit()->setText(QStringLiteral("owner"));
    form->addEffectButton()->click();
    const common::WorkflowTransition* pass = m_controller->definition().transition(QStringLiteral("pass_check"));
    ASSERT_NE(pass, nullptr);
    EXPECT_EQ(pass->roles, QStringList{QStringLiteral("supervisor")});
    EXPECT_EQ(pass->requiredFields, QStringList{QStringLiteral("visit_result")});
    EXPECT_EQ(pass->optionalFields, QStringList{QStringLiteral("note")});
    ASSERT_EQ(pass->effects.size(), 1);
    EXPECT_EQ(pass->effects.front(), (common::WorkflowEffect{QStringLiteral("notify"), QStringLiteral("owner")}));
    EXPECT_TRUE(m_controller->problems().isEmpty()) << m_page->problemsList()->count();
    EXPECT_EQ(m_page->problemsList()->count(), 0);

    // Undo takes the effect away, redo brings it back.
    ASSERT_TRUE(m_page->undoAction()->isEnabled());
    m_page->undoAction()->trigger();
    EXPECT_TRUE(m_controller->definition().transition(QStringLiteral("pass_check"))->effects.isEmpty());
    m_page->redoAction()->trigger();
    EXPECT_EQ(m_controller->definition().transition(QStringLiteral("pass_check"))->effects.size(), 1);

    // A state moved with the mouse keeps its place.
    const QPointF before = centerOf(QStringLiteral("quality_check"));
    drag(before, before + QPointF(60, 40));
    const common::WorkflowState* moved = m_controller->definition().state(QStringLiteral("quality_check"));
    EXPECT_EQ(QPointF(moved->x, moved->y), before + QPointF(60, 40));

    // Ctrl+S: a new version.
    ASSERT_TRUE(m_controller->isModified());
    keys(m_page->view(), Qt::Key_S, Qt::ControlModifier);
    ASSERT_TRUE(waitLoaded(QStringLiteral("repair"), 2));
    EXPECT_FALSE(m_controller->isModified());
    ASSERT_TRUE(test::waitFor([&] { return m_page->versionBox()->count() == 2; }));
    EXPECT_EQ(m_page->versionBox()->currentData().toInt(), 2);

    // The server has it; loading it again shows it.
    const common::WorkflowDefinition stored = serverFlow(QStringLiteral("repair"));
    EXPECT_EQ(stored.version, 2);
    ASSERT_NE(stored.transition(QStringLiteral("inspect")), nullptr);
    EXPECT_EQ(stored.transition(QStringLiteral("inspect"))->requiredFields, QStringList{QStringLiteral("resolution")});
    EXPECT_EQ(stored.state(QStringLiteral("quality_check"))->x, before.x() + 60);
    m_page->openFlow(QStringLiteral("delivery"));
    ASSERT_TRUE(waitLoaded(QStringLiteral("delivery"), 1));
    EXPECT_EQ(m_page->scene()->node(QStringLiteral("quality_check")), nullptr);
    m_page->openFlow(QStringLiteral("repair"));
    ASSERT_TRUE(waitLoaded(QStringLiteral("repair"), 2));
    EXPECT_NE(m_page->scene()->node(QStringLiteral("quality_check")), nullptr);
    EXPECT_NE(m_page->scene()->arrow(QStringLiteral("pass_check")), nullptr);

    // The first version is still there to look at.
    m_page->openFlow(QStringLiteral("repair"), 1);
    ASSERT_TRUE(waitLoaded(QStringLiteral("repair"), 1));
    EXPECT_EQ(m_page->scene()->node(QStringLiteral("quality_check")), nullptr);
    EXPECT_TRUE(m_page->statusLabel()->text().contains(QStringLiteral("older version"))) << m_page->statusLabel()->text().toStdString();
}

TEST_F(UiWorkflowEditor, AnUnreachableStateIsAProblemAndSaveIsRefusedWithAClearMessage)
{
    const QString added = m_controller->addState(0, 400);
    ASSERT_FALSE(added.isEmpty());
    ASSERT_TRUE(test::waitFor([&] { return m_page->problemsList()->count() >= 1; }));
    QListWidgetItem* unreachable = nullptr;
    for (int row = 0; row < m_page->problemsList()->count(); ++row)
        if (m_page->problemsList()->item(row)->text().contains(QStringLiteral("cannot be reached")))
            unreachable = m_page->problemsList()->item(row);
    ASSERT_NE(unreachable, nullptr);
    EXPECT_TRUE(unreachable->text().contains(added));

    // A click on the problem selects the state it names.
    m_page->scene()->clearSelection();
    const QRect rect = m_page->problemsList()->visualItemRect(unreachable);
    QTest::mouseClick(m_page->problemsList()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QString selected;
    EXPECT_EQ(m_page->scene()->selectedSubject(&selected), Subject::State);
    EXPECT_EQ(selected, added);
    EXPECT_EQ(m_page->sidePanel()->currentWidget(), m_page->stateForm());

    // Save: refused here with a message that says why; nothing reaches the server.
    m_page->saveAction()->trigger();
    ASSERT_TRUE(test::waitFor([&] { return m_page->lastNotice() && m_page->lastNotice()->isVisible(); }));
    const QString text = m_page->lastNotice()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("cannot be saved"))) << text.toStdString();
    EXPECT_TRUE(text.contains(added)) << text.toStdString();
    EXPECT_FALSE(m_controller->isBusy());
    m_page->lastNotice()->close();
    test::pump(200);
    EXPECT_EQ(serverFlow(QStringLiteral("repair")).version, 1);
    EXPECT_TRUE(m_controller->isModified());

    // Reverting drops the state.
    m_page->revertAction()->trigger();
    auto* box = m_page->findChild<QMessageBox*>(QStringLiteral("confirmRevertBox"));
    ASSERT_NE(box, nullptr);
    test::child<QPushButton>(box, QStringLiteral("confirmButton"))->click();
    EXPECT_EQ(m_controller->definition().state(added), nullptr);
    EXPECT_EQ(m_page->problemsList()->count(), 0);
}

TEST_F(UiWorkflowEditor, DeletingAStateThatTransitionsUseAsksFirst)
{
    m_page->selectSubject(Subject::State, QStringLiteral("waiting_parts"));
    keys(m_page->view(), Qt::Key_Delete);
    auto* box = m_page->findChild<QMessageBox*>(QStringLiteral("confirmDeleteBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("used by 2 transition"))) << box->text().toStdString();
    EXPECT_NE(m_controller->definition().state(QStringLiteral("waiting_parts")), nullptr) << "nothing gone before the answer";
    test::child<QPushButton>(box, QStringLiteral("confirmButton"))->click();
    EXPECT_EQ(m_controller->definition().state(QStringLiteral("waiting_parts")), nullptr);
    EXPECT_EQ(m_controller->definition().transition(QStringLiteral("wait_parts")), nullptr);
    EXPECT_EQ(m_controller->definition().transition(QStringLiteral("parts_arrived")), nullptr);
    EXPECT_EQ(m_page->scene()->node(QStringLiteral("waiting_parts")), nullptr);

    // A transition alone goes without a question; Ctrl+Z brings both back in order.
    m_page->selectSubject(Subject::Transition, QStringLiteral("close"));
    keys(m_page->view(), Qt::Key_Delete);
    EXPECT_EQ(m_controller->definition().transition(QStringLiteral("close")), nullptr);
    keys(m_page->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_NE(m_controller->definition().transition(QStringLiteral("close")), nullptr);
    keys(m_page->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_NE(m_controller->definition().state(QStringLiteral("waiting_parts")), nullptr);
    EXPECT_NE(m_page->scene()->arrow(QStringLiteral("wait_parts")), nullptr);
    EXPECT_FALSE(m_controller->isModified()) << "back where it was loaded";
    keys(m_page->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_controller->definition().state(QStringLiteral("waiting_parts")), nullptr) << "redo";
}

TEST_F(UiWorkflowEditor, AFlowSavedWithoutPositionsIsLaidOutWithoutOverlaps)
{
    // The praise flow saved through the API with every state at 0, 0.
    common::WorkflowDefinition flow = serverFlow(QStringLiteral("praise"));
    for (common::WorkflowState& state : flow.states)
        state.x = state.y = 0;
    QCborMap args = flow.toCbor();
    args.remove(QStringLiteral("version"));
    const auto response = callAs(m_admin, QStringLiteral("workflow.save"), args);
    ASSERT_TRUE(response.ok) << response.error.message.toStdString();

    m_page->openFlow(QStringLiteral("praise"));
    ASSERT_TRUE(waitLoaded(QStringLiteral("praise"), 2));
    const auto& states = m_controller->definition().states;
    ASSERT_GE(states.size(), 3);
    for (int i = 0; i < states.size(); ++i)
        for (int j = i + 1; j < states.size(); ++j)
            EXPECT_FALSE(client::workflowNodesOverlap(states[i].x, states[i].y, states[j].x, states[j].y))
                << states[i].code.toStdString() << " / " << states[j].code.toStdString();
    // Start state first column, the states after it further right.
    EXPECT_EQ(m_controller->definition().state(QStringLiteral("created"))->x, 0);
    EXPECT_GT(m_controller->definition().state(QStringLiteral("closed"))->x, 0);
    EXPECT_FALSE(m_controller->isModified()) << "the layout is no edit of the user's";
}

TEST_F(UiWorkflowEditor, DoubleClickRenamesAndCtrlWheelZooms)
{
    QWidget* window = m_page->window();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    const QPointF accepted = centerOf(QStringLiteral("accepted"));
    m_page->view()->centerOn(accepted);
    QTest::mouseDClick(m_page->view()->viewport(), Qt::LeftButton, Qt::NoModifier, viewPoint(accepted));
    ASSERT_TRUE(test::waitFor([&] { return m_page->sidePanel()->currentWidget() == m_page->stateForm(); }, 3000));
    EXPECT_EQ(m_page->stateForm()->code(), QStringLiteral("accepted"));
    ASSERT_TRUE(test::waitFor([&] { return m_page->stateForm()->nameEdit()->hasFocus(); }, 3000)) << "ready to type the new name";
    type(m_page->stateForm()->nameEdit(), QStringLiteral("网点已受理"));
    EXPECT_EQ(m_controller->definition().state(QStringLiteral("accepted"))->name, QStringLiteral("网点已受理"));
    EXPECT_EQ(m_controller->undoText(), QStringLiteral("Change state accepted"));

    // Double-click on empty canvas: a new state there.
    const QPointF empty = accepted + QPointF(0, 400);
    m_page->view()->centerOn(empty);
    const auto states = m_controller->definition().states.size();
    QTest::mouseDClick(m_page->view()->viewport(), Qt::LeftButton, Qt::NoModifier, viewPoint(empty));
    ASSERT_TRUE(test::waitFor([&] { return m_controller->definition().states.size() == states + 1; }, 3000));

    // Ctrl+wheel zooms in and out; the wheel alone does not.
    const double zoom = m_page->view()->zoom();
    auto wheel = [&](int delta, Qt::KeyboardModifiers modifiers) {
        const QPoint at = m_page->view()->viewport()->rect().center();
        QWheelEvent event(at, m_page->view()->viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                          modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_page->view()->viewport(), &event);
    };
    wheel(120, Qt::ControlModifier);
    EXPECT_GT(m_page->view()->zoom(), zoom);
    wheel(-120, Qt::ControlModifier);
    wheel(-120, Qt::ControlModifier);
    EXPECT_LT(m_page->view()->zoom(), zoom);
    const double before = m_page->view()->zoom();
    wheel(-120, Qt::NoModifier);
    EXPECT_DOUBLE_EQ(m_page->view()->zoom(), before);
}
