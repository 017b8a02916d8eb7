#pragma once
// Figures for csm_bench: latency percentiles, medians across rounds, and CPU time of the
// processes involved (this process, csm-server, the PostgreSQL cluster) read from /proc.
#include <cstdint>
#include <string>
#include <vector>

namespace csm::bench {

// Nearest-rank percentile (0 < p <= 1) of `values`, which it sorts. 0 when empty.
double percentile(std::vector<double>& values, double p);
double median(std::vector<double> values);

struct ProcessUsage {
    double cpuSeconds = 0;   // user + system
    double switches = 0;     // context switches, voluntary and involuntary
};
// This process, all threads.
ProcessUsage selfUsage();
// A process and all of its threads; zero when pid is 0 or the process is gone.
ProcessUsage processUsage(int pid);
// A process, its threads and its direct children (a postmaster and its backends).
ProcessUsage processTreeUsage(int pid);

// CPU seconds and context switches (voluntary + involuntary) of this process, csm-server and
// PostgreSQL; differences of two samples divided by the ops in between give the cost per op.
struct CpuSample {
    double client = 0;
    double server = 0;
    double postgres = 0;
    double clientSwitches = 0;
    double serverSwitches = 0;
    double postgresSwitches = 0;
};
CpuSample sampleCpu(int serverPid, int postgresPid);

struct MachineInfo {
    std::string cpuModel;
    int cpus = 0;
    std::string kernel;
    std::string memory;
};
MachineInfo machineInfo();

} // namespace csm::bench
