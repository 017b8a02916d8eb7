#pragma once
// All SQL of the customers module.
#include "common/model/customer.h"
#include "server/rpc/module_registry.h"
#include "server/rpc/read_query.h"

#include <pqxx/pqxx>

#include <optional>
#include <vector>

namespace csm::server::customers {

// A customer row as stored (full ID number).
struct CustomerRecord {
    common::Customer customer;   // idNumber holds the full number here
    std::string orgPath;
};

struct PhoneRow {
    QString phone;     // normalised digits
    QString localPart;
    QString kind;
};

struct CustomerWrite {
    QString name;
    QString gender;
    std::optional<QDate> birthDate;
    QString idNumber;          // normalised, may be empty
    QString email;
    common::Address address;   // codes + detail; text composed by the service
    QString occupation;
    QString incomeBand;
    QString family;
    int vipLevel = 0;
    QStringList tags;
    QString note;
};

enum class SearchKey { Phone, LocalPhone, Name, IdNumber, Address, Serial };

struct SearchCriteria {
    std::optional<QString> phone;       // normalised digits
    std::optional<QString> localPhone;  // local part of a landline without area code
    std::optional<QString> name;
    std::optional<QString> idNumber;
    std::optional<QString> address;
    std::optional<QString> serial;      // a customer product's serial number, upper case
};

class CustomerRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    static qint64 insert(pqxx::transaction_base& tx, const CustomerWrite& data, qint64 orgUnitId, qint64 createdBy);
    // Replaces the row's editable fields when the version matches; false when it did not.
    static bool update(pqxx::transaction_base& tx, qint64 id, int version, const CustomerWrite& data);
    static void replacePhones(pqxx::transaction_base& tx, qint64 customerId, const std::vector<PhoneRow>& phones);
    // Scoped to the org subtree; nullopt when missing or outside it.
    static std::optional<CustomerRecord> find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                              bool forUpdate = false);
    static std::vector<CustomerRecord> search(pqxx::transaction_base& tx, const SearchCriteria& criteria,
                                              const std::string& scope, qint64 afterId, int limit);
    // The statements behind find() and search(), for the asynchronous read path.
    static QueryPlan findPlan(qint64 id, const std::string& scope);
    static QueryPlan searchPlan(const SearchCriteria& criteria, const std::string& scope, qint64 afterId, int limit);
    static std::vector<CustomerRecord> readRecords(const pqxx::result& result);
    // "江苏省 南京市 玄武区" for the codes given (empty codes skipped); nullopt if a code is unknown
    // or the three do not nest.
    static std::optional<QString> regionText(pqxx::transaction_base& tx, const common::Address& address);
    static std::string orgPath(pqxx::transaction_base& tx, qint64 orgUnitId);
    static void audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, qint64 customerId,
                      const QString& detailJson);
};

} // namespace csm::server::customers
