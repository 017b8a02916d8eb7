#include "client/app/admin_page.h"

#include "client/app/custom_fields_tab.h"
#include "client/app/fault_codes_tab.h"
#include "client/app/fee_schedules_tab.h"
#include "client/app/org_tab.h"
#include "client/app/regions_tab.h"
#include "client/app/roles_tab.h"
#include "client/app/sla_tab.h"
#include "client/app/sms_templates_tab.h"
#include "client/app/users_tab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace csm::client::ui {

AdminPage::AdminPage(const AppServices& services, const SessionInfo& session, QWidget* parent)
    : Workspace(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("adminPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    if (session.can(QStringLiteral("admin.users"))) {
        m_users = new UsersTab(services, session, this);
        m_tabs->addTab(m_users, tr("Users"));
    }
    if (session.can(QStringLiteral("admin.org"))) {
        m_org = new OrgTab(services, this);
        m_tabs->addTab(m_org, tr("Org units"));
    }
    if (session.can(QStringLiteral("admin.regions"))) {
        m_regions = new RegionsTab(services, this);
        m_tabs->addTab(m_regions, tr("Regions"));
    }
    if (session.can(QStringLiteral("admin.roles"))) {
        m_roles = new RolesTab(services, this);
        m_tabs->addTab(m_roles, tr("Roles"));
    }
    if (session.can(QStringLiteral("admin.custom_fields"))) {
        m_customFields = new CustomFieldsTab(services, this);
        m_tabs->addTab(m_customFields, tr("Custom fields"));
    }
    if (session.can(QStringLiteral("fee.admin"))) {
        m_fees = new FeeSchedulesTab(services, this);
        m_tabs->addTab(m_fees, tr("Fees"));
    }
    if (session.can(QStringLiteral("fault_code.admin"))) {
        m_faultCodes = new FaultCodesTab(services, this);
        m_tabs->addTab(m_faultCodes, tr("Fault codes"));
    }
    if (session.can(QStringLiteral("sla.admin"))) {
        m_sla = new SlaTab(services, this);
        m_tabs->addTab(m_sla, tr("SLA"));
    }
    if (session.can(QStringLiteral("notify.admin"))) {
        m_smsTemplates = new SmsTemplatesTab(services, true, this);
        m_tabs->addTab(m_smsTemplates, tr("SMS templates"));
    }
    // Each tab loads when it is first shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, &AdminPage::loadCurrentOnce);
}

void AdminPage::showEvent(QShowEvent* event)
{
    Workspace::showEvent(event);
    loadCurrentOnce();
}

void AdminPage::loadCurrentOnce()
{
    auto* tab = qobject_cast<Workspace*>(m_tabs->currentWidget());
    if (!tab || tab->property("csmLoaded").toBool() || !isVisible())
        return;
    tab->setProperty("csmLoaded", true);
    tab->refresh();
}

void AdminPage::refresh()
{
    if (auto* tab = qobject_cast<Workspace*>(m_tabs->currentWidget())) {
        tab->setProperty("csmLoaded", true);
        tab->refresh();
    }
}

} // namespace csm::client::ui
