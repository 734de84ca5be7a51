# Finds every library CaseDesk builds against. When one is missing, configuration stops
# and names the Debian package that provides it (installer/debian-packages.txt lists them all).

include(FindPkgConfig)

function(casedesk_require found what package)
    if(NOT ${found})
        message(FATAL_ERROR
            "${what} was not found. Install it with:\n"
            "    sudo apt-get install ${package}\n"
            "or run ./dev.sh, which installs everything listed in installer/debian-packages.txt.")
    endif()
endfunction()

find_package(PkgConfig QUIET)
casedesk_require(PKG_CONFIG_FOUND "pkg-config" "pkg-config")

foreach(component Core Gui Widgets Sql Network PrintSupport Test)
    find_package(Qt6 6.4 QUIET COMPONENTS ${component})
    casedesk_require(Qt6${component}_FOUND "Qt 6 ${component}" "qt6-base-dev")
endforeach()

find_package(Qt6 6.4 QUIET COMPONENTS LinguistTools)
casedesk_require(Qt6LinguistTools_FOUND "Qt 6 Linguist tools" "qt6-tools-dev qt6-l10n-tools")

find_package(Qt6Keychain QUIET)
casedesk_require(Qt6Keychain_FOUND "QtKeychain for Qt 6" "qtkeychain-qt6-dev")

pkg_check_modules(POPPLER_QT6 QUIET IMPORTED_TARGET poppler-qt6>=22.12)
casedesk_require(POPPLER_QT6_FOUND "Poppler for Qt 6" "libpoppler-qt6-dev")

pkg_check_modules(SQLCIPHER QUIET IMPORTED_TARGET sqlcipher>=3.4)
casedesk_require(SQLCIPHER_FOUND "SQLCipher" "libsqlcipher-dev")
# sqlite3.h declares sqlite3_key and sqlite3_rekey only when this is defined.
set_property(TARGET PkgConfig::SQLCIPHER APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS SQLITE_HAS_CODEC)

pkg_check_modules(SODIUM QUIET IMPORTED_TARGET libsodium>=1.0.18)
casedesk_require(SODIUM_FOUND "libsodium" "libsodium-dev")

pkg_check_modules(QRENCODE QUIET IMPORTED_TARGET libqrencode>=4.1)
casedesk_require(QRENCODE_FOUND "libqrencode" "libqrencode-dev")

message(STATUS "CaseDesk: Qt ${Qt6Core_VERSION}, QtKeychain ${Qt6Keychain_VERSION}, "
               "Poppler-Qt6 ${POPPLER_QT6_VERSION}, SQLCipher ${SQLCIPHER_VERSION}, "
               "libsodium ${SODIUM_VERSION}, libqrencode ${QRENCODE_VERSION}")
