#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace casedesk {

// Fences casedesk-checker in before it reads an untrusted file: bounded address space and
// CPU time, no core dumps (they would hold the file), no gaining privileges, and death
// together with the desk that started it. There is no system-call filter or namespace yet,
// so a worker taken over through a parser bug could still read the user's files.
class ProcessLimits
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::ProcessLimits)

public:
    [[nodiscard]] static Result<void> apply(qint64 addressSpaceBytes, qint64 cpuSeconds);
};

} // namespace casedesk
