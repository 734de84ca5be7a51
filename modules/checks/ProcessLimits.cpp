#include "ProcessLimits.h"

#include <sys/resource.h>

#include <cerrno>
#include <cstring>

#ifdef __linux__
#include <sys/prctl.h>

#include <csignal>
#endif

namespace casedesk {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool setLimit(int resource, rlim_t soft, rlim_t hard)
{
    const rlimit limit {soft, hard};
    return setrlimit(resource, &limit) == 0;
}

} // namespace

Result<void> ProcessLimits::apply(qint64 addressSpaceBytes, qint64 cpuSeconds)
{
    if (addressSpaceBytes <= 0 || cpuSeconds <= 0) {
        return Error(ErrorKind::Internal,
                     tr("The document checker was given limits that are not positive."));
    }

    if (!setLimit(RLIMIT_CORE, 0, 0)) {
        return Error(ErrorKind::Internal,
                     tr("The document checker could not turn off core dumps."),
                     systemError());
    }
    const auto addressSpace = static_cast<rlim_t>(addressSpaceBytes);
    if (!setLimit(RLIMIT_AS, addressSpace, addressSpace)) {
        return Error(ErrorKind::Internal,
                     tr("The document checker could not limit its memory."),
                     systemError());
    }
    // At the soft limit the kernel sends SIGXCPU, one second later SIGKILL.
    const auto cpu = static_cast<rlim_t>(cpuSeconds);
    if (!setLimit(RLIMIT_CPU, cpu, cpu + 1)) {
        return Error(ErrorKind::Internal,
                     tr("The document checker could not limit its processor time."),
                     systemError());
    }

#ifdef __linux__
    // The death signal follows the thread that started the worker, which for the desk is
    // the thread its DocumentInspector lives in.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0 || prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0
        || prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) {
        return Error(ErrorKind::Internal,
                     tr("The document checker could not restrict itself."),
                     systemError());
    }
#endif
    return Result<void>::success();
}

} // namespace casedesk
