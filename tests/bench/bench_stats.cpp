#include "tests/bench/bench_stats.h"

#include <algorithm>
#include <cmath>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <thread>

#include <sys/resource.h>
#include <sys/utsname.h>
#include <unistd.h>

namespace csm::bench {
namespace {

struct ProcStat {
    int parent = 0;
    double cpuSeconds = 0;
};

// /proc/PID/stat: "pid (comm) state ppid ... utime(14) stime(15) ..."; comm may hold spaces.
bool readProcStat(int pid, ProcStat& stat)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!in || !std::getline(in, line))
        return false;
    const auto paren = line.rfind(')');
    if (paren == std::string::npos)
        return false;
    std::istringstream fields(line.substr(paren + 2));
    std::vector<std::string> values;
    for (std::string value; fields >> value && values.size() < 13;)
        values.push_back(value);
    if (values.size() < 13)
        return false;
    // values[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
    static const double ticks = double(::sysconf(_SC_CLK_TCK));
    stat.parent = std::stoi(values[1]);
    stat.cpuSeconds = (std::stod(values[11]) + std::stod(values[12])) / ticks;
    return true;
}

} // namespace

double percentile(std::vector<double>& values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::ceil(p * double(values.size())));
    return values[std::min(values.size(), std::max<std::size_t>(rank, 1)) - 1];
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

ProcessUsage selfUsage()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    ProcessUsage result;
    result.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    result.switches = double(usage.ru_nvcsw + usage.ru_nivcsw);
    return result;
}

namespace {
// Context switches of every thread of `pid` (/proc/PID/task/TID/status).
double threadSwitches(int pid)
{
    const std::string taskDir = "/proc/" + std::to_string(pid) + "/task";
    DIR* dir = ::opendir(taskDir.c_str());
    if (!dir)
        return 0;
    double total = 0;
    while (const dirent* entry = ::readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        std::ifstream status(taskDir + "/" + entry->d_name + "/status");
        for (std::string line; std::getline(status, line);) {
            if (line.rfind("voluntary_ctxt_switches:", 0) == 0 || line.rfind("nonvoluntary_ctxt_switches:", 0) == 0)
                total += std::stod(line.substr(line.find(':') + 1));
        }
    }
    ::closedir(dir);
    return total;
}
} // namespace

ProcessUsage processUsage(int pid)
{
    ProcessUsage usage;
    ProcStat stat;
    if (pid <= 0 || !readProcStat(pid, stat))
        return usage;
    usage.cpuSeconds = stat.cpuSeconds;
    usage.switches = threadSwitches(pid);
    return usage;
}

ProcessUsage processTreeUsage(int pid)
{
    ProcessUsage total = processUsage(pid);
    if (pid <= 0)
        return total;
    DIR* dir = ::opendir("/proc");
    if (!dir)
        return total;
    while (const dirent* entry = ::readdir(dir)) {
        const int child = std::atoi(entry->d_name);
        ProcStat stat;
        if (child > 0 && child != pid && readProcStat(child, stat) && stat.parent == pid) {
            const ProcessUsage usage = processUsage(child);
            total.cpuSeconds += usage.cpuSeconds;
            total.switches += usage.switches;
        }
    }
    ::closedir(dir);
    return total;
}

CpuSample sampleCpu(int serverPid, int postgresPid)
{
    const ProcessUsage client = selfUsage();
    const ProcessUsage server = processUsage(serverPid);
    const ProcessUsage postgres = processTreeUsage(postgresPid);
    return {client.cpuSeconds, server.cpuSeconds, postgres.cpuSeconds,
            client.switches, server.switches, postgres.switches};
}

MachineInfo machineInfo()
{
    MachineInfo info;
    info.cpus = int(std::thread::hardware_concurrency());
    std::ifstream cpu("/proc/cpuinfo");
    for (std::string line; std::getline(cpu, line);) {
        if (line.rfind("model name", 0) == 0) {
            info.cpuModel = line.substr(line.find(':') + 2);
            break;
        }
    }
    std::ifstream memory("/proc/meminfo");
    for (std::string line; std::getline(memory, line);) {
        if (line.rfind("MemTotal:", 0) == 0) {
            std::istringstream fields(line.substr(9));
            long long kib = 0;
            fields >> kib;
            info.memory = std::to_string((kib + 512 * 1024) / (1024 * 1024)) + " GiB";
            break;
        }
    }
    utsname name{};
    if (::uname(&name) == 0)
        info.kernel = std::string(name.sysname) + " " + name.release;
    return info;
}

} // namespace csm::bench
