#include "tests/bench/ticket_bench_world.h"

#include <stdexcept>

namespace csm::bench {

std::vector<std::vector<std::string>> query(PGconn* db, const std::string& sql, const std::vector<std::string>& params)
{
    std::vector<const char*> values;
    for (const std::string& param : params)
        values.push_back(param.c_str());
    PGresult* result = PQexecParams(db, sql.c_str(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const auto status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const std::string message = PQresultErrorMessage(result);
        PQclear(result);
        throw std::runtime_error("query failed: " + message + "  (" + sql + ")");
    }
    std::vector<std::vector<std::string>> rows;
    for (int row = 0; row < PQntuples(result); ++row) {
        std::vector<std::string> line;
        for (int column = 0; column < PQnfields(result); ++column)
            line.emplace_back(PQgetvalue(result, row, column), std::size_t(PQgetlength(result, row, column)));
        rows.push_back(std::move(line));
    }
    PQclear(result);
    return rows;
}

namespace {
Actor actor(PGconn* db, const QString& username)
{
    const auto rows = query(db,
                            "SELECT u.id, u.org_unit_id, o.path::text FROM app_user u JOIN org_unit o ON o.id = u.org_unit_id"
                            " WHERE u.username = $1 AND u.active",
                            {username.toStdString()});
    if (rows.empty())
        throw std::runtime_error("user '" + username.toStdString() + "' does not exist: run `csm-server seed --demo`");
    return {rows[0][0], rows[0][1], rows[0][2]};
}

} // namespace

World readWorld(PGconn* db, const TicketBenchOptions& options)
{
    World world;
    world.agent = actor(db, options.agent);
    world.point = actor(db, options.point);
    const auto technicians = query(db,
                                   "SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = u.id"
                                   " AND r.role_code = 'technician' WHERE u.org_unit_id = $1 AND u.active ORDER BY u.id LIMIT 1",
                                   {world.point.unitId});
    if (technicians.empty())
        throw std::runtime_error("the unit of " + options.point.toStdString() + " has no technician: run `csm-server seed --demo`");
    world.technician = technicians[0][0];
    const auto flows = query(db, "SELECT id FROM workflow WHERE service_type = 'repair' ORDER BY version DESC LIMIT 1");
    if (flows.empty())
        throw std::runtime_error("no repair workflow: migrate the database first");
    world.workflowId = flows[0][0];
    for (const auto& row : query(db,
                                 "SELECT id FROM customer TABLESAMPLE SYSTEM (5) WHERE org_path <@ $1::ltree LIMIT 20000",
                                 {world.agent.path}))
        world.customers.push_back(row[0]);
    if (world.customers.empty())
        for (const auto& row : query(db, "SELECT id FROM customer WHERE org_path <@ $1::ltree LIMIT 20000", {world.agent.path}))
            world.customers.push_back(row[0]);
    if (world.customers.empty())
        throw std::runtime_error("no customer in the scope of " + options.agent.toStdString());
    world.ticketCount = query(db, "SELECT count(*) FROM ticket")[0][0];
    return world;
}

void prepareOrders(PGconn* db, World& world, int wanted)
{
    const std::string have = query(db, "SELECT count(*) FROM ticket WHERE description = $1 AND assigned_org_unit_id = $2"
                                        " AND state = 'assigned'",
                                   {kTransitionDescription, world.point.unitId})[0][0];
    if (std::stoi(have) < wanted) {
        const std::string next = query(db, "SELECT count(*) FROM ticket WHERE description = $1", {kTransitionDescription})[0][0];
        query(db,
              "INSERT INTO ticket (number, service_type, severity, channel, customer_id, description, appointment_start,"
              " appointment_end, assigned_org_unit_id, assigned_path, technician_id, owner_id, created_org_unit_id,"
              " created_path, workflow_id, state, state_category)"
              " SELECT to_char(date '1990-01-01' + (g / 900000), 'YYYYMMDD') || '-' || lpad((g % 900000 + 1)::text, 6, '0'),"
              " 'repair', 'general', 'phone_in', $1, $2, now() + interval '1 day', now() + interval '1 day 2 hours',"
              " $3, (SELECT path FROM org_unit WHERE id = $3), $4, $5, $6, (SELECT path FROM org_unit WHERE id = $6), $7,"
              " 'assigned', 'active' FROM generate_series($8::int, $8::int + $9::int - 1) AS g",
              {world.customers.front(), kTransitionDescription, world.point.unitId, world.technician, world.agent.id,
               world.agent.unitId, world.workflowId, next, std::to_string(wanted - std::stoi(have))});
    }
    for (const auto& row : query(db,
                                 "SELECT id FROM ticket WHERE description = $1 AND assigned_org_unit_id = $2"
                                 " AND state = 'assigned' ORDER BY id LIMIT $3",
                                 {kTransitionDescription, world.point.unitId, std::to_string(wanted)}))
        world.orders.push_back(std::stoll(row[0]));
}

} // namespace csm::bench
