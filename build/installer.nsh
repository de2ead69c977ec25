; Included by electron-builder's NSIS installer (electron-builder.yml, nsis.include).
; Lists Switchboard among the apps that can open tel: and callto: links (Settings > Default apps),
; the way Windows asks apps to, without making it the default: the operator chooses that, in
; Windows or in Switchboard. Written where the installer installs (per user or per machine).

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\Switchboard.TelephoneLink" "" "Telephone link"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Switchboard.TelephoneLink" "URL Protocol" ""
  WriteRegStr SHELL_CONTEXT "Software\Classes\Switchboard.TelephoneLink\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
  WriteRegStr SHELL_CONTEXT "Software\Switchboard\Capabilities" "ApplicationName" "Switchboard"
  WriteRegStr SHELL_CONTEXT "Software\Switchboard\Capabilities" "ApplicationDescription" "Places calls through an ITNIO Tech account"
  WriteRegStr SHELL_CONTEXT "Software\Switchboard\Capabilities\URLAssociations" "tel" "Switchboard.TelephoneLink"
  WriteRegStr SHELL_CONTEXT "Software\Switchboard\Capabilities\URLAssociations" "callto" "Switchboard.TelephoneLink"
  WriteRegStr SHELL_CONTEXT "Software\RegisteredApplications" "Switchboard" "Software\Switchboard\Capabilities"
!macroend

!macro customUnInstall
  DeleteRegValue SHELL_CONTEXT "Software\RegisteredApplications" "Switchboard"
  DeleteRegKey SHELL_CONTEXT "Software\Switchboard\Capabilities"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Switchboard.TelephoneLink"
!macroend
