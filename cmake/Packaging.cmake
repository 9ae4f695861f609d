# Install rules and Debian packages (CPack DEB), docs/operations.md:
#   cpack --config build/CPackConfig.cmake -B build/packages   (scripts/package-test.sh)
# Components (one .deb each): engine, kiosk, display, counter, dashboard, session,
# uplink, hq.
include(GNUInstallDirs)

set(PKG ${PROJECT_SOURCE_DIR}/packaging)
set(PKG_BUILD ${PROJECT_BINARY_DIR}/packaging)
set(UNIT_DIR /lib/systemd/system) # Debian 12's place for packaged units

# The schema version the engine writes (Store::SCHEMA_VERSION), for the preinst's downgrade check.
file(STRINGS ${PROJECT_SOURCE_DIR}/engine/store/store.h schema_line
     REGEX "SCHEMA_VERSION = [0-9]+;")
string(REGEX MATCH "[0-9]+" NOVBE_SCHEMA_VERSION "${schema_line}")

set(CPACK_PACKAGE_NAME novbe)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Növbə")
set(CPACK_PACKAGE_CONTACT "Növbə maintainers <novbe@example.az>")
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Depends: from the binaries (dpkg-shlibdeps)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_COMPONENTS_ALL engine kiosk display counter dashboard session uplink hq)

# Per package: name, summary, description, docs (copyright, changelog.gz).
configure_file(${PKG}/changelog.in ${PKG_BUILD}/changelog @ONLY)
execute_process(COMMAND gzip -9nc ${PKG_BUILD}/changelog
                OUTPUT_FILE ${PKG_BUILD}/changelog.Debian.gz COMMAND_ERROR_IS_FATAL ANY)
function(novbe_package component summary description)
    string(TOUPPER ${component} C)
    set(name novbe-${component})
    set(CPACK_DEBIAN_${C}_PACKAGE_NAME ${name} PARENT_SCOPE)
    set(CPACK_DEBIAN_${C}_DESCRIPTION "${summary}\n${wording}\n\n${description}" PARENT_SCOPE)
    install(FILES ${PKG}/copyright ${PKG_BUILD}/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${name} COMPONENT ${component})
    install(FILES ${PROJECT_SOURCE_DIR}/docs/operations.md
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${name} COMPONENT ${component})
endfunction()

set(wording "Növbə is the electronic queue of one-stop public-service centres: kiosks
issue tickets, hall displays call them, operators serve them at counters.")
novbe_package(engine "Növbə queue engine (server)"
    "This package holds the engine daemon (a systemd service), novbe-ctl,\nnovbe-pinhash, nightly backups and the sample centre configuration.")
novbe_package(kiosk "Növbə touchscreen ticket kiosk"
    "This package holds the kiosk app with thermal ticket printing.")
novbe_package(display "Növbə hall display"
    "This package holds the hall display app that calls tickets by voice.")
novbe_package(counter "Növbə operator desk"
    "This package holds the operator's desk app and the rating pad.")
novbe_package(dashboard "Növbə centre manager dashboard"
    "This package holds the manager's live dashboard.")
novbe_package(session "Növbə screen sessions under cage"
    "This package starts a Növbə app full screen at boot under the cage\nWayland kiosk compositor and restarts it when it exits.")
novbe_package(uplink "Növbə uplink: ships a centre's journal to HQ"
    "This package holds novbe-uplink and its systemd service, which read the\nengine's database and ship its journal to HQ's PostgreSQL.")
novbe_package(hq "Növbə HQ database tools"
    "This package holds novbe-hq-migrate, which brings HQ's PostgreSQL database\nto this version's schema and registers centres and dashboard readers.")

# engine
install(TARGETS novbe-engine novbe-ctl novbe-pinhash RUNTIME COMPONENT engine)
install(FILES ${PKG}/systemd/novbe-engine.service ${PKG}/systemd/novbe-backup.service
              ${PKG}/systemd/novbe-backup.timer DESTINATION ${UNIT_DIR} COMPONENT engine)
install(PROGRAMS ${PKG}/novbe-backup DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/novbe
        COMPONENT engine)
install(FILES ${PROJECT_SOURCE_DIR}/resources/centres/baku-1.json DESTINATION /etc/novbe
        RENAME centre.json COMPONENT engine)
install(FILES ${PKG}/etc/default-novbe-engine DESTINATION /etc/default RENAME novbe-engine
        COMPONENT engine)
configure_file(${PKG}/deb/engine/preinst.in ${PKG_BUILD}/engine/preinst @ONLY
               FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_ENGINE_PACKAGE_CONTROL_EXTRA
    ${PKG_BUILD}/engine/preinst ${PKG}/deb/engine/postinst ${PKG}/deb/engine/prerm
    ${PKG}/deb/engine/postrm ${PKG}/deb/engine/conffiles)
# dpkg-statoverride, deb-systemd-helper and setpriv are in every Debian system;
# useradd is in passwd; /bin/kill (ExecReload) in procps.
set(CPACK_DEBIAN_ENGINE_PACKAGE_DEPENDS "passwd, procps")
set(CPACK_DEBIAN_ENGINE_PACKAGE_SUGGESTS "novbe-kiosk, novbe-display, novbe-counter, novbe-dashboard")

# apps
foreach(app kiosk display counter dashboard)
    install(TARGETS novbe-${app} RUNTIME COMPONENT ${app})
    string(TOUPPER ${app} C)
    set(CPACK_DEBIAN_${C}_PACKAGE_RECOMMENDS "novbe-session")
    # Qt finds its Wayland platform plugin under cage only with qt6-wayland.
    set(CPACK_DEBIAN_${C}_PACKAGE_DEPENDS "qt6-wayland")
endforeach()
set(CPACK_DEBIAN_DISPLAY_PACKAGE_RECOMMENDS
    "novbe-session, qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng, alsa-utils")

# session: cage unit, launcher, hidden cursor theme, per-device settings example
install(FILES ${PKG}/systemd/novbe-app@.service DESTINATION ${UNIT_DIR} COMPONENT session)
install(PROGRAMS ${PKG}/novbe-session DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/novbe
        COMPONENT session)
install(FILES ${PKG}/cursors/index.theme
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/novbe/cursors/novbe-hidden COMPONENT session)
foreach(cursor default left_ptr arrow top_left_arrow text xterm pointer hand1 hand2 watch wait
               progress left_ptr_watch crosshair grabbing)
    install(FILES ${PKG}/cursors/transparent RENAME ${cursor}
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/novbe/cursors/novbe-hidden/cursors
            COMPONENT session)
endforeach()
install(FILES ${PKG}/etc/default-novbe-app DESTINATION /etc/default RENAME novbe-app
        COMPONENT session)
install(FILES ${PKG}/etc/device.ini
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/novbe-session/examples COMPONENT session)
set(CPACK_DEBIAN_SESSION_PACKAGE_ARCHITECTURE all)
# Debian 12's cage refuses to start without the Xwayland binary (the package test found it).
set(CPACK_DEBIAN_SESSION_PACKAGE_DEPENDS "cage, xwayland, passwd")
set(CPACK_DEBIAN_SESSION_PACKAGE_CONTROL_EXTRA
    ${PKG}/deb/session/postinst ${PKG}/deb/session/prerm ${PKG}/deb/session/postrm
    ${PKG}/deb/session/conffiles)

# uplink (beside the engine, as its user) and hq (at HQ): docs/hq.md
install(TARGETS novbe-uplink RUNTIME COMPONENT uplink)
install(FILES ${PKG}/systemd/novbe-uplink.service DESTINATION ${UNIT_DIR} COMPONENT uplink)
install(FILES ${PKG}/etc/uplink.env DESTINATION /etc/novbe COMPONENT uplink)
install(TARGETS novbe-hq-migrate RUNTIME COMPONENT hq)
foreach(component uplink hq)
    install(FILES ${PROJECT_SOURCE_DIR}/docs/hq.md
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/novbe-${component} COMPONENT ${component})
endforeach()
set(CPACK_DEBIAN_UPLINK_PACKAGE_CONTROL_EXTRA
    ${PKG}/deb/uplink/postinst ${PKG}/deb/uplink/prerm ${PKG}/deb/uplink/postrm
    ${PKG}/deb/uplink/conffiles)
# The engine's user, config and database.
set(CPACK_DEBIAN_UPLINK_PACKAGE_DEPENDS "novbe-engine (= ${PROJECT_VERSION}-1)")

include(CPack)
