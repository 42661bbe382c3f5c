; Inno Setup script of the JCR Desk installer for Windows workstations (Inno Setup 6.3+).
; Compiled after `python installer\build.py` has built and checked dist\jcr-desk\:
;   iscc installer\windows\jcr_desk.iss        -> dist\jcr-desk-setup-<version>.exe
; (.github/workflows/windows-installer.yml does both; installer/README.md has the steps.)
;
; - Installs for the current user, without administrator rights, into
;   %LOCALAPPDATA%\Programs\JCR Desk; an administrator may choose "all users" instead.
; - A Start-menu shortcut, an optional desktop one.
; - .jcrcase files open in JCR Desk on a double-click (the case is passed on the command
;   line, which the window opens).
; - The uninstaller removes only the files it installed: the analyst's cases, the demo case,
;   recovery files of unsaved work and the log (%LOCALAPPDATA%\JCR Desk) stay.

#define AppName "JCR Desk"
#define Bundle "..\..\dist\jcr-desk"
; The version the spec wrote into jcr-desk.exe from jcr_desk.__version__.
#define AppVersion GetStringFileInfo(Bundle + "\jcr-desk.exe", "ProductVersion")

[Setup]
AppId={{6E0C2F4B-8E4A-4F57-9C2B-5B1D0A7C3E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=JCR Desk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; "install for all users" is offered to those who can elevate.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=jcr-desk.ico
UninstallDisplayIcon={app}\jcr-desk.exe
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=jcr-desk-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\jcr-desk.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\jcr-desk.exe"; Tasks: desktopicon

; The .jcrcase file type, under HKCU for a per-user install (HKLM for all users): "HKA".
; Only our ProgID is removed on uninstall; .jcrcase keeps any other program's entry.
[Registry]
Root: HKA; Subkey: "Software\Classes\.jcrcase\OpenWithProgids"; ValueType: string; ValueName: "JCRDesk.Case"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jcrcase"; ValueType: string; ValueName: ""; ValueData: "JCRDesk.Case"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\JCRDesk.Case"; ValueType: string; ValueName: ""; ValueData: "JCR Desk committee case"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\JCRDesk.Case\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\jcr-desk.exe,0"
Root: HKA; Subkey: "Software\Classes\JCRDesk.Case\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\jcr-desk.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\jcr-desk.exe\SupportedTypes"; ValueType: string; ValueName: ".jcrcase"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\jcr-desk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: nothing outside {app} is removed, so the user's
; cases and the per-user data folder survive an uninstall or an upgrade.
