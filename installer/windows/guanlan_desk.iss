; Inno Setup 6 script for guanlan_desk (观澜街道 调解与风险台账) on Windows.
;
; Build on Windows, after PyInstaller (see installer/README.md):
;   .venv\Scripts\python installer\build.py --installer
; or by hand, with the version taken from the package:
;   iscc /DAppVersion=0.1.0 /DSourceDir=build\installer\dist\guanlan_desk installer\windows\guanlan_desk.iss
;
; The per-user data folder (%LOCALAPPDATA%\Guanlan\guanlan_desk, from platformdirs) is never created, touched
; or removed by this installer: it holds the records, and the data key lives in the Credential Manager.

; Inno Setup 6.3 or later: "x64compatible" and the per-user/all-users choice below need it.
#if VER < EncodeVer(6,3,0)
  #error Inno Setup 6.3 or later is required (https://jrsoftware.org/isdl.php)
#endif
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (installer/build.py does this from guanlan_desk.__version__)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\installer\dist\guanlan_desk"
#endif
#define AppName "guanlan_desk"
#define AppExe "guanlan_desk.exe"

[Setup]
; A fixed AppId keeps upgrades in place; never change it.
AppId={{6F0B7C52-3A8E-4D1B-9C57-2E4A9B1D6C30}
AppName={cm:AppTitle}
AppVersion={#AppVersion}
AppVerName={cm:AppTitle} {#AppVersion}
AppPublisher=Guanlan Sub-district Office (观澜街道办事处)
VersionInfoVersion={#AppVersion}
VersionInfoProductName={cm:AppTitle}
VersionInfoProductVersion={#AppVersion}
VersionInfoCompany=Guanlan Sub-district Office
VersionInfoDescription=guanlan_desk setup
; {autopf} is %LOCALAPPDATA%\Programs for a per-user install, Program Files for an all-users one.
DefaultDirName={autopf}\guanlan_desk
DefaultGroupName={cm:AppTitle}
DisableProgramGroupPage=yes
; Per-user install without administrator rights is the default (a standard user can install and upgrade);
; an administrator may choose all users in the dialog or with /ALLUSERS on the command line.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.11 needs Windows 10 1809 (build 17763) or later.
MinVersion=10.0.17763
OutputBaseFilename=guanlan_desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
; An upgrade while the app is open: Restart Manager closes it (the records are saved transactionally).
CloseApplications=yes
RestartApplications=no
#ifdef SignTool
; Defined by build.py when a certificate is configured: the setup and its uninstaller are signed.
SignTool={#SignTool}
SignedUninstaller=yes
#endif
#if FileExists(AddBackslash(SourcePath) + "..\..\resources\icons\guanlan_desk.ico")
SetupIconFile=..\..\resources\icons\guanlan_desk.ico
#endif

[Languages]
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh_CN.AppTitle=观澜街道 调解与风险台账
en.AppTitle=Guanlan Mediation and Risk Ledger
zh_CN.SelfTest=检查本机安装（自检）
en.SelfTest=Check this installation (self-test)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller onedir: guanlan_desk.exe (no console), guanlan_desk_cli.exe (console) and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/k ""{app}\guanlan_desk_cli.exe"" --self-test"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{cm:AppTitle}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app itself may leave in its program folder (Python caches); never the data folder.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
