#pragma once
// The Administration workspace: users, org units, regions, roles, the custom fields of
// customers, the fee schedules, fault codes, SLA policies and SMS templates, one tab each, shown
// as the user's permissions allow.
#include "client/app/app_services.h"
#include "client/app/workspace.h"
#include "client/core/session_info.h"

class QTabWidget;

namespace csm::client::ui {

class CustomFieldsTab;
class FaultCodesTab;
class FeeSchedulesTab;
class OrgTab;
class RegionsTab;
class RolesTab;
class SlaTab;
class SmsTemplatesTab;
class UsersTab;

class AdminPage : public Workspace {
    Q_OBJECT
public:
    AdminPage(const AppServices& services, const SessionInfo& session, QWidget* parent = nullptr);

    void refresh() override;

    QTabWidget* tabs() const { return m_tabs; }
    UsersTab* usersTab() const { return m_users; }
    OrgTab* orgTab() const { return m_org; }
    RegionsTab* regionsTab() const { return m_regions; }
    RolesTab* rolesTab() const { return m_roles; }
    CustomFieldsTab* customFieldsTab() const { return m_customFields; }
    FeeSchedulesTab* feeSchedulesTab() const { return m_fees; }
    FaultCodesTab* faultCodesTab() const { return m_faultCodes; }
    SlaTab* slaTab() const { return m_sla; }
    SmsTemplatesTab* smsTemplatesTab() const { return m_smsTemplates; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadCurrentOnce();

    QTabWidget* m_tabs;
    UsersTab* m_users = nullptr;
    OrgTab* m_org = nullptr;
    RegionsTab* m_regions = nullptr;
    RolesTab* m_roles = nullptr;
    CustomFieldsTab* m_customFields = nullptr;
    FeeSchedulesTab* m_fees = nullptr;
    FaultCodesTab* m_faultCodes = nullptr;
    SlaTab* m_sla = nullptr;
    SmsTemplatesTab* m_smsTemplates = nullptr;
};

} // namespace csm::client::ui
